import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Processes on this machine, read from /proc (Linux; elsewhere it finds
/// none): for tests that check that nothing they started is left running.
///
/// ```swift
/// let survivors = ProcessTable.survivors(matching: [program.path])
/// #expect(survivors.isEmpty, "still running: \(survivors)")
/// ```
public enum ProcessTable {
  /// Live processes (zombies aside) whose command line contains one of
  /// `markers` or whose name starts with one, each as "pid N: name command line".
  public static func running(matching markers: [String]) -> [String] {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
    var found: [String] = []
    for pid in entries where pid.allSatisfy(\.isNumber) {
      let command =
        (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))).map {
          String(decoding: $0.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
        } ?? ""
      let name = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? ""
      // A zombie has finished running; it is gone for good once its parent reaps it or exits.
      let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))
        .flatMap { $0.split(separator: ")").last?.split(separator: " ").first }
      if state == "Z" { continue }
      for marker in markers where command.contains(marker) || name.hasPrefix(marker) {
        found.append("pid \(pid): \(name.trimmingCharacters(in: .whitespacesAndNewlines)) \(command)")
        break
      }
    }
    return found
  }

  /// The processes ``running(matching:)`` finds after giving the kernel up
  /// to `grace` to finish killing them; empty as soon as none is left.
  public static func survivors(matching markers: [String], grace: Duration = .seconds(2)) -> [String] {
    let clock = ContinuousClock()
    let deadline = clock.now + grace
    var found: [String] = []
    repeat {
      found = running(matching: markers)
      if found.isEmpty { return [] }
      Thread.sleep(forTimeInterval: 0.1)
    } while clock.now < deadline
    return found
  }

  /// Sends SIGKILL to every process ``running(matching:)`` finds; pass
  /// markers unique to the calling test (a path it created), so that only
  /// what it started is killed.
  public static func kill(matching markers: [String]) {
    for entry in running(matching: markers) {
      guard let pid = Int32(entry.dropFirst("pid ".count).prefix { $0 != ":" }) else { continue }
      #if canImport(Glibc)
        _ = Glibc.kill(pid, SIGKILL)
      #elseif canImport(Darwin)
        _ = Darwin.kill(pid, SIGKILL)
      #endif
    }
  }
}
