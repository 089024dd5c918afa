import Foundation
import Testing

@testable import DescentEngine

@Suite("Bounded commands")
struct BoundedCommandTests {
  @Test("on timeout a command dies with every process it started, even one in a session of its own")
  func timeoutKillsTheWholeTree() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-tree-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let record = folder.appendingPathComponent("escaped.pid").path
    // As the Swift driver does with its compiler jobs: a child that leaves the command's process group.
    let script = "setsid sleep 300 & echo $! > '\(record)'; echo started; exec sleep 300"
    let result = try BoundedCommand.run(
      executable: "/bin/sh", arguments: ["-c", script], workingDirectory: folder.path, timeLimit: .seconds(1),
      outputCap: 1_024)
    #expect(result.timedOut)
    #expect(result.output.contains("started"))
    let escaped = try #require(
      pid_t(try String(contentsOfFile: record, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
    #expect(!Self.isAlive(escaped), "the child in its own session (pid \(escaped)) outlived the time limit")
  }

  @Test("a command that finishes in time is reported whole")
  func finishedCommand() throws {
    let result = try BoundedCommand.run(
      executable: "/bin/sh", arguments: ["-c", "echo out; echo err >&2; exit 3"], workingDirectory: "/",
      timeLimit: .seconds(30), outputCap: 1_024)
    #expect(!result.timedOut)
    #expect(result.end == .exited(3))
    #expect(result.output.contains("out") && result.output.contains("err"))
  }

  /// Whether `pid` is a live process (not gone, not a zombie), after up to a second's grace.
  static func isAlive(_ pid: pid_t) -> Bool {
    let deadline = ContinuousClock.now + .seconds(1)
    repeat {
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { return false }
      if stat[stat.index(after: close)...].split(separator: " ").first == "Z" { return false }
      usleep(20_000)
    } while ContinuousClock.now < deadline
    return true
  }
}
