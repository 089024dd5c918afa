import Foundation
import Testing

@testable import DescentEngine

/// Failures on the grader's side are the grader's: a generated file that
/// goes missing while compiling is thrown (and so retried and reported as a
/// grader error), never a student's build error; scratch folders left by a
/// grader that died are cleaned up, and none in use.
@Suite("Grader-side failures")
struct GraderSideFailureTests {
  private static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-side-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test("a generated entry point that vanishes while compiling is the grader's failure, thrown")
  func vanishingEntryPoint() throws {
    let root = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    // A "compiler" that loses the generated file, as a concurrent cleanup once did.
    let compiler = root.appendingPathComponent("swiftc")
    try Data(
      """
      #!/bin/sh
      for argument in "$@"; do
        case "$argument" in
          *DescentEntryPoint.swift) rm -f "$argument"
            echo "<unknown>:0: error: error opening input file '$argument' (No such file or directory)";;
        esac
      done
      exit 1

      """.utf8
    ).write(to: compiler)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: compiler.path)
    let submission = root.appendingPathComponent("submission")
    try FileManager.default.createDirectory(at: submission, withIntermediateDirectories: true)
    try Data("let x = 1\n".utf8).write(to: submission.appendingPathComponent("A.swift"))
    let runtime = StudentRuntime(
      modulesDirectory: root, libraryDirectory: root, compiler: compiler, toolchainLibraryDirectory: nil)
    let compilerUnderTest = SubmissionCompiler(runtime: runtime, limits: .default, optimization: "-Onone")
    #expect(throws: GraderCompileFailure.self) {
      _ = try compilerUnderTest.compile(submission, scratchRoot: root)
    }
  }

  @Test("stale scratch folders are removed: a dead owner's, an old one without owner; a live owner's stays")
  func staleScratch() throws {
    let root = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let dead = Process()
    dead.executableURL = URL(fileURLWithPath: "/bin/true")
    try dead.run()
    dead.waitUntilExit()
    func folder(_ name: String, owner: Int32?) throws -> URL {
      let url = root.appendingPathComponent("descent-build-\(name)")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      if let owner { try Data("\(owner)\n".utf8).write(to: url.appendingPathComponent(ScratchFolder.ownerFile)) }
      return url
    }
    let deadOwner = try folder("dead", owner: dead.processIdentifier)
    let liveOwner = try folder("live", owner: getppid())
    let ownOwner = try folder("own", owner: getpid())
    let oldUnowned = try folder("old", owner: nil)
    let freshUnowned = try folder("fresh", owner: nil)
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: -7200)], ofItemAtPath: oldUnowned.path)
    let unrelated = root.appendingPathComponent("other-folder")
    try FileManager.default.createDirectory(at: unrelated, withIntermediateDirectories: true)

    ScratchFolder.removeStale(in: root, prefix: "descent-build")
    let exists = { (url: URL) in FileManager.default.fileExists(atPath: url.path) }
    #expect(!exists(deadOwner) && !exists(oldUnowned))
    #expect(exists(liveOwner) && exists(ownOwner) && exists(freshUnowned) && exists(unrelated))
  }

  @Test("eight compiles at once in one scratch root each get their own entry point: all compile")
  func concurrentCompiles() async throws {
    let solution = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("assignments/optimizers/solution")
    let executor = ContainedExecutor(runtime: try StudentRuntime.locate(), limits: .default)
    let outcomes = await withTaskGroup(of: String.self) { group in
      for _ in 0..<8 {
        group.addTask {
          do {
            switch try await executor.compile(submissionAt: solution) {
            case .compiled: return "compiled"
            case .failed(let diagnostics, _): return "failed: \(diagnostics)"
            }
          } catch {
            return "threw: \(error)"
          }
        }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(outcomes == Array(repeating: "compiled", count: 8), "\(outcomes)")
  }
}
