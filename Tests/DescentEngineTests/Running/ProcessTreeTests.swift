import Foundation
import Testing

@testable import DescentEngine

/// The backtrace allowance is granted only when the toolchain's backtracer
/// really runs under the student's process: found by the file it executes,
/// not by any name or text the process chooses.
@Suite("Process tree")
struct ProcessTreeTests {
  /// Starts `/bin/sh -c script` and returns it running.
  private func shell(_ script: String) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    try process.run()
    return process
  }

  private func sleepBinary() throws -> URL {
    let candidates = ["/usr/bin/sleep", "/bin/sleep"].map { URL(fileURLWithPath: $0) }
    return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) })
  }

  /// Polls `condition` for up to 3 s.
  private func eventually(_ condition: () -> Bool) -> Bool {
    let deadline = ContinuousClock.now + .seconds(3)
    while ContinuousClock.now < deadline {
      if condition() { return true }
      usleep(20_000)
    }
    return false
  }

  @Test("a descendant running the file is found; a copy of it under the same name is not")
  func descendantByFile() throws {
    let sleep = try sleepBinary()
    let real = try shell("\(sleep.path) 5; true")
    defer { real.terminate() }
    #expect(eventually { ProcessTree.hasDescendant(of: real.processIdentifier, runningExecutableAt: sleep) })

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-tree-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("sleep")
    try FileManager.default.copyItem(at: sleep, to: copy)
    let impostor = try shell("\(copy.path) 5; true")
    defer { impostor.terminate() }
    #expect(eventually { ProcessTree.hasDescendant(of: impostor.processIdentifier, runningExecutableAt: copy) })
    #expect(!ProcessTree.hasDescendant(of: impostor.processIdentifier, runningExecutableAt: sleep))
    #expect(
      !ProcessTree.hasDescendant(
        of: impostor.processIdentifier, runningExecutableAt: folder.appendingPathComponent("none")))
  }
}
