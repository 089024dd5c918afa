import DescentTestSupport
import Foundation

/// The sample and hostile submissions under Submissions/, each committed as
/// what it changes in its assignment's solution (see Submissions/README.md
/// and ``SubmissionOverlay``), and written out whole once per test run into
/// one temporary folder that every test shares (removed when the run ends).
///
/// Every test grades the same materialized folder of a case, so a case is
/// copied once however many tests grade it, and ``GradedSubmissions``, which
/// caches gradings by folder, grades it once.
enum SubmissionFixtures {
  /// The committed cases: Submissions/ beside this file.
  static let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Submissions")
  /// The submission case `name` changes: the solution of the assignment it
  /// belongs to (``CourseAssignment/owning(case:)``).
  static func base(of name: String) -> URL { CourseAssignment.owning(case: name).solution }
  /// Folders under Submissions/ that are not submissions (the hostile corpus's rubric).
  static let notCases: Set<String> = ["hostile-rubric"]

  /// The name of every case, sorted.
  static var names: [String] {
    let manager = FileManager.default
    let entries = (try? manager.contentsOfDirectory(atPath: cases.path)) ?? []
    return entries.filter { name in
      var isFolder: ObjCBool = false
      return !name.hasPrefix(".") && !notCases.contains(name)
        && manager.fileExists(atPath: cases.appendingPathComponent(name).path, isDirectory: &isFolder)
        && isFolder.boolValue
    }.sorted()
  }

  /// The committed folder of case `name`: its own files, expected.yaml, removed.txt.
  static func overlay(_ name: String) -> SubmissionOverlay {
    SubmissionOverlay(folder: cases.appendingPathComponent(name))
  }

  /// The folder holding every case as a whole submission, one folder each
  /// named as the case; written on first use.
  static var materialized: URL {
    get throws(SubmissionFixtureFailure) { try materializedOnce.get() }
  }

  /// Case `name` as a whole submission (the solution, minus its removals, plus its files).
  static func submission(_ name: String) throws(SubmissionFixtureFailure) -> URL {
    let folder = try materialized.appendingPathComponent(name)
    guard FileManager.default.fileExists(atPath: folder.path) else {
      throw SubmissionFixtureFailure(message: "no test submission \(name) under \(cases.path)")
    }
    return folder
  }

  /// Where this run's materialized cases go.
  private static let root = FileManager.default.temporaryDirectory
    .appendingPathComponent("descent-fixtures-\(UUID().uuidString)")

  private static let materializedOnce: Result<URL, SubmissionFixtureFailure> = {
    atexit { try? FileManager.default.removeItem(at: SubmissionFixtures.root) }
    do {
      for name in names {
        try overlay(name).materialize(onto: base(of: name), at: root.appendingPathComponent(name))
      }
      return .success(root)
    } catch {
      return .failure(SubmissionFixtureFailure(message: "cannot materialize the test submissions: \(error)"))
    }
  }()
}

/// The test submissions could not be written out.
struct SubmissionFixtureFailure: Error, CustomStringConvertible {
  /// What went wrong, for the test's failure message.
  var message: String
  var description: String { message }
}
