import DescentJudging
import DescentReports
import DescentWire
import Foundation

/// Runs each item in a child process: the self-check executable started
/// again with `--run-item ID --reply FILE`, so that a trap, an endless loop
/// or a flood of output in the student's code costs that item alone.
///
/// The child writes its answers as JSON to the reply file (never to
/// standard output, which belongs to the student's prints); the parent
/// keeps the first 64 KiB of what the child prints and stops it after the
/// item's limit (``ItemChildProcess``: no run loop or socket, so the
/// self-check works without a network).
public struct ChildProcessItemExecutor: ItemExecutor {
  /// The self-check executable to start again.
  public var executable: URL
  /// The kit's data file, passed on to the child.
  public var dataFile: URL
  /// The limit for one item: the grader's limit scaled up for a debug
  /// build on a student's machine, and never below `minimumSeconds`.
  public var timeScale: Double
  /// The shortest limit any item gets, in seconds.
  public var minimumSeconds: Double

  /// The most printed output kept per item, in bytes.
  public static let outputCap = 64 * 1024

  /// Creates the executor.
  public init(executable: URL, dataFile: URL, timeScale: Double = 5, minimumSeconds: Double = 10) {
    self.executable = executable
    self.dataFile = dataFile
    self.timeScale = timeScale
    self.minimumSeconds = minimumSeconds
  }

  /// The limit, in seconds, for `item`.
  public func limit(for item: SelfCheckItem) -> Double {
    max(minimumSeconds, item.timeLimitSeconds * timeScale)
  }

  public func run(_ item: SelfCheckItem) -> ItemRun {
    let clock = ContinuousClock()
    let start = clock.now
    let reply = FileManager.default.temporaryDirectory.appendingPathComponent(
      "descent-selfcheck-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: reply) }

    let limit = limit(for: item)
    let child: ItemChildProcess.Run
    switch ItemChildProcess.run(
      executable: executable.path,
      arguments: ["--run-item", item.id, "--reply", reply.path, "--data", dataFile.path],
      limitSeconds: limit, outputCap: Self.outputCap)
    {
    case .success(let result): child = result
    case .failure(let failure): return ItemRun(outcome: .notRun(failure.description))
    }
    var output = ReportText.decoding(child.output)
    if child.totalOutputBytes > Self.outputCap {
      output += "\n[… output truncated: showing the first \(Self.outputCap) of \(child.totalOutputBytes) bytes]"
    }
    let seconds = Seconds.between(start, clock.now)
    switch child.ending {
    case .timedOut:
      return ItemRun(outcome: .timedOut(limit), output: output, seconds: seconds)
    case .exited(0):
      break
    case .exited, .signaled:
      return ItemRun(
        outcome: .crashed(Self.crashMessage(child.ending, output: output)), output: output, seconds: seconds)
    }
    do {
      let data = try Data(contentsOf: reply)
      let results = try JSONDecoder().decode([HarnessResult].self, from: data)
      return ItemRun(outcome: .answered(results), output: output, seconds: seconds)
    } catch {
      return ItemRun(outcome: .crashed("exited without answering"), output: output, seconds: seconds)
    }
  }

  /// "crashed: Fatal error: Index out of range (Adam.swift:42)" from the
  /// runtime's message when there is one, else the signal or status.
  static func crashMessage(_ ending: ItemChildProcess.Ending, output: String) -> String {
    let lines = output.split(whereSeparator: \.isNewline).map(String.init)
    if let fatal = lines.first(where: { $0.contains("Fatal error") || $0.contains("Precondition failed") }) {
      return "crashed: " + ReportText.studentLine(fatal.trimmingCharacters(in: .whitespaces))
    }
    switch ending {
    case .signaled(let signal): return "crashed: signal \(signal)"
    case .exited(let status): return "exited with status \(status) before answering"
    case .timedOut: return "did not finish"
    }
  }
}
