import DescentTestSupport
import Foundation
import Testing

/// The course this package is (rubrics/, assignments/, Package.swift) and
/// the paths the kit, CI and Gradescope tests use in it.
enum KitCourse {
  /// The course root: this package's folder.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  /// The assignment every packaging test cuts.
  static let assignment = "optimizers"
  /// Its starter code.
  static let starter = root.appendingPathComponent("assignments/\(assignment)/starter")
  /// The instructor's solution.
  static let solution = root.appendingPathComponent("assignments/\(assignment)/solution")
  /// Its rubric.
  static let rubric = root.appendingPathComponent("rubrics/\(assignment).yaml")

  /// A new empty temporary folder.
  static func temporaryFolder(_ label: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "descent-\(label)-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Writes a kit of `assignment` with the built `descent` into a new temporary folder and returns it.
  static func writeKit(assignment: String = assignment) throws -> URL {
    let kit = try temporaryFolder("kit").appendingPathComponent(assignment)
    let result = try DescentExecutable.run(
      ["kit", "--assignment", assignment, "--out", kit.path, "--course", root.path])
    try #require(result.status == 0, "\(result)")
    return kit
  }

  /// Runs `command` with bash in `folder` (at most `timeout`).
  static func shell(
    _ command: String, in folder: URL, environment: [String: String?] = [:], timeout: Duration = .seconds(600)
  ) throws -> ExecutionResult {
    try ChildProcess.run(
      executable: URL(fileURLWithPath: "/bin/bash"), arguments: ["-eo", "pipefail", "-c", command],
      environment: environment, workingDirectory: folder, timeout: timeout)
  }
}

/// Which code a kit's `Sources/Submission` holds.
enum KitSubmission: Sendable {
  case starter, solution

  /// The folder of this code in `assignment`.
  func folder(of assignment: CourseAssignment) -> URL {
    self == .starter ? assignment.starter : assignment.solution
  }
}

/// One student kit, written by `descent kit` and built once, shared by every
/// test that runs its self-check: the SwiftPM build of the kit is the slow
/// part, so it happens once per test run (and, because the folder is kept
/// per build folder of this test bundle and files are only rewritten when
/// they change, incrementally on later runs).
///
/// ``withKit(_:_:)`` is synchronous inside the actor, so tests that use the
/// kit run one at a time and never see another test's submission.
actor KitWorkspace {
  /// The first assignment's kit, which the kit, CI and Gradescope tests use.
  static var shared: KitWorkspace { workspace(for: .optimizers) }

  /// One workspace per assignment of the course.
  private static let workspaces = Dictionary(
    uniqueKeysWithValues: CourseAssignment.all.map { ($0.name, KitWorkspace(assignment: $0)) })

  /// The kit of `assignment`.
  static func workspace(for assignment: CourseAssignment) -> KitWorkspace {
    workspaces[assignment.name] ?? KitWorkspace(assignment: assignment)
  }

  /// The assignment the kit is cut from.
  let assignment: CourseAssignment

  private init(assignment: CourseAssignment) {
    self.assignment = assignment
  }

  private var folder: URL?
  private var current: KitSubmission?
  private var builtFor: KitSubmission?

  /// Runs `body` in the kit's folder once it holds `submission` and is built.
  func withKit<T: Sendable>(_ submission: KitSubmission, _ body: @Sendable (URL) throws -> T) throws -> T {
    let folder = try prepared()
    if current != submission {
      try replaceSubmission(in: folder, with: submission.folder(of: assignment))
      current = submission
    }
    if builtFor != submission {
      let build = try KitCourse.shell(
        "swift build --product selfcheck", in: folder, environment: ["NO_COLOR": "1"], timeout: .seconds(900))
      try #require(build.status == 0, "the kit does not build with the \(submission) code: \(build)")
      builtFor = submission
    }
    return try body(folder)
  }

  /// The kit's folder, written (or brought up to date) on first use.
  private func prepared() throws -> URL {
    if let folder { return folder }
    let fresh = try KitCourse.writeKit(assignment: assignment.name)
    let stable = FileManager.default.temporaryDirectory.appendingPathComponent(
      "descent-kit-workspace-\(assignment.name)-\(Self.stableKey)")
    try FileManager.default.createDirectory(at: stable, withIntermediateDirectories: true)
    try Self.synchronize(stable, with: fresh)
    try? FileManager.default.removeItem(at: fresh.deletingLastPathComponent())
    folder = stable
    current = .starter
    return stable
  }

  /// A key for this test bundle's build folder, so runs from different build folders never share a kit.
  private static var stableKey: String {
    let path = DescentExecutable.productsDirectory.standardizedFileURL.path
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return String(hash, radix: 16)
  }

  /// Makes `target` hold exactly `source`'s files (apart from `.build`), rewriting only files that differ.
  static func synchronize(_ target: URL, with source: URL) throws {
    let manager = FileManager.default
    let wanted = Set(try files(under: source))
    for file in try files(under: target) where !wanted.contains(file) {
      try manager.removeItem(at: target.appendingPathComponent(file))
    }
    for file in wanted {
      let data = try Data(contentsOf: source.appendingPathComponent(file))
      let destination = target.appendingPathComponent(file)
      if (try? Data(contentsOf: destination)) == data { continue }
      try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
      try data.write(to: destination)
    }
  }

  /// Swaps the kit's `Sources/Submission` for the files of `code`.
  private func replaceSubmission(in kit: URL, with code: URL) throws {
    let submission = kit.appendingPathComponent("Sources/Submission")
    let staged = try KitCourse.temporaryFolder("submission")
    for file in try Self.files(under: code) {
      let destination = staged.appendingPathComponent(file)
      try FileManager.default.createDirectory(
        at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(contentsOf: code.appendingPathComponent(file)).write(to: destination)
    }
    try Self.synchronize(submission, with: staged)
    try? FileManager.default.removeItem(at: staged)
  }

  /// Regular files under `root`, relative, skipping `.build` and `.swiftpm`.
  static func files(under root: URL) throws -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
    var files: [String] = []
    while let path = enumerator.nextObject() as? String {
      if path == ".build" || path == ".swiftpm" || path.hasPrefix(".build/") || path.hasPrefix(".swiftpm/") {
        enumerator.skipDescendants()
        continue
      }
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        files.append(path)
      }
    }
    return files
  }
}
