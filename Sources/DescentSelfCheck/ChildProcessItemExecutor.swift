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
/// item's limit.
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

    let process = Process()
    process.executableURL = executable
    process.arguments = ["--run-item", item.id, "--reply", reply.path, "--data", dataFile.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    do {
      try process.run()
    } catch {
      return ItemRun(outcome: .notRun("could not start \(executable.path): \(error.localizedDescription)"))
    }
    let collector = OutputCollector(cap: Self.outputCap)
    let reading = DispatchGroup()
    let handle = pipe.fileHandleForReading
    DispatchQueue.global().async(group: reading) { collector.drain(handle) }

    let limit = limit(for: item)
    var timedOut = false
    if exited.wait(timeout: .now() + limit) == .timedOut {
      timedOut = true
      process.terminate()
      if exited.wait(timeout: .now() + 1) == .timedOut {
        kill(process.processIdentifier, SIGKILL)
        _ = exited.wait(timeout: .now() + 5)
      }
    }
    _ = reading.wait(timeout: .now() + 5)
    let output = collector.text
    let seconds = Seconds.between(start, clock.now)
    if timedOut {
      return ItemRun(outcome: .timedOut(limit), output: output, seconds: seconds)
    }
    if process.terminationReason == .uncaughtSignal || process.terminationStatus != 0 {
      return ItemRun(outcome: .crashed(Self.crashMessage(process, output: output)), output: output, seconds: seconds)
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
  static func crashMessage(_ process: Process, output: String) -> String {
    let lines = output.split(whereSeparator: \.isNewline).map(String.init)
    if let fatal = lines.first(where: { $0.contains("Fatal error") || $0.contains("Precondition failed") }) {
      return "crashed: " + ReportText.studentLine(fatal.trimmingCharacters(in: .whitespaces))
    }
    if process.terminationReason == .uncaughtSignal {
      return "crashed: signal \(process.terminationStatus)"
    }
    return "exited with status \(process.terminationStatus) before answering"
  }
}

/// Keeps the first `cap` bytes a child prints and drains the rest.
private final class OutputCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()
  private var total = 0
  private let cap: Int

  init(cap: Int) { self.cap = cap }

  func drain(_ handle: FileHandle) {
    while true {
      let chunk = handle.availableData
      if chunk.isEmpty { break }
      lock.lock()
      total += chunk.count
      if data.count < cap { data.append(chunk.prefix(cap - data.count)) }
      lock.unlock()
    }
  }

  var text: String {
    lock.lock()
    defer { lock.unlock() }
    var text = ReportText.decoding(data)
    if total > cap { text += "\n[… output truncated: showing the first \(cap) of \(total) bytes]" }
    return text
  }
}
