import DescentTestSupport
import Foundation
import Testing

/// The committed test submissions: each case still changes the solution
/// (a replacing file identical to the solution's would silently make the
/// case the solution), and its materialized copy is the solution with
/// exactly the case's changes, byte for byte.
@Suite("Test submissions stored as changes to the solution")
struct SubmissionFixturesTests {
  @Test("every case still differs from the solution in each file it replaces and each path it removes")
  func casesStillDiffer() throws {
    let names = SubmissionFixtures.names
    #expect(names.count >= 50, "\(names)")
    for name in names {
      let problems = try SubmissionFixtures.overlay(name).staleParts(comparedWith: SubmissionFixtures.base(of: name))
      #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
  }

  @Test("each materialized case is the solution minus its removals plus its files, byte for byte")
  func materializedCasesAreExact() throws {
    for name in SubmissionFixtures.names {
      let base = SubmissionFixtures.base(of: name)
      let baseFiles = try Self.files(under: base)
      let overlay = SubmissionFixtures.overlay(name)
      let folder = try SubmissionFixtures.submission(name)
      let removals = try overlay.removals()
      var expected: [String: Data] = [:]
      for file in baseFiles where !removals.contains(where: { file == $0 || file.hasPrefix($0 + "/") }) {
        expected[file] = FileManager.default.contents(atPath: base.appendingPathComponent(file).path)
      }
      for file in try overlay.files() {
        expected[file] = FileManager.default.contents(atPath: overlay.folder.appendingPathComponent(file).path)
      }
      var actual: [String: Data] = [:]
      for file in try Self.files(under: folder) {
        actual[file] = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path)
      }
      #expect(actual.keys.sorted() == expected.keys.sorted(), "\(name): files \(actual.keys.sorted())")
      for (file, data) in expected where actual[file] != data {
        Issue.record("\(name)/\(file): the materialized bytes differ from the committed ones")
      }
      #expect(!actual.keys.contains("expected.yaml"), "\(name): expected.yaml is not part of the submission")
    }
  }

  @Test("the special bytes survive: invalid UTF-8 and file names with spaces and non-ASCII letters")
  func specialBytesSurvive() throws {
    let invalid = try Data(
      contentsOf: try SubmissionFixtures.submission("hostile-invalid-utf8").appendingPathComponent(
        "Optimizers/AdaGrad.swift"))
    #expect(String(data: invalid, encoding: .utf8) == nil, "hostile-invalid-utf8 became valid UTF-8")
    let unicode = try SubmissionFixtures.submission("hostile-unicode-file-names")
    let files = try Self.files(under: unicode)
    #expect(files.contains("Optimiseurs à moment/Адам (β₁, β₂).swift"), "\(files)")
    #expect(!files.contains { $0.hasPrefix("Optimizers/") } && !files.contains("Gradients.swift"), "\(files)")
  }

  /// The regular files under `folder`, as sorted relative paths.
  static func files(under folder: URL) throws -> [String] {
    let root = folder.standardizedFileURL.path
    let enumerator = try #require(FileManager.default.enumerator(atPath: root))
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue {
        files.append(relative)
      }
    }
    return files.sorted()
  }
}
