import DescentReports
import Foundation

/// A one-line progress bar for a batch, redrawn in place on a terminal:
///
///     [██████████░░░░░░░░░░░░░░░░░░░░]  34/100  2 no build  ETA 1m05s  alice
///
/// It draws only when enabled, which ``standardError(environment:)`` does
/// only when standard error is a terminal (and `TERM` is not `dumb`): in a
/// log file, a CI job or a pipe the batch is quiet.
public final class BatchProgressBar: @unchecked Sendable {
  /// Whether anything is drawn.
  public let isEnabled: Bool
  private let width: Int
  private let output: @Sendable (String) -> Void
  private let lock = NSLock()
  private let started = ContinuousClock.now
  private var drewLine = false

  /// A bar that writes its frames to `output` when `isEnabled`.
  public init(isEnabled: Bool, width: Int = 30, output: @escaping @Sendable (String) -> Void) {
    self.isEnabled = isEnabled
    self.width = max(10, width)
    self.output = output
  }

  /// A bar on standard error, enabled only when it is a terminal.
  public static func standardError(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> BatchProgressBar {
    let isTerminal = isatty(STDERR_FILENO) == 1 && environment["TERM"] != "dumb"
    return BatchProgressBar(isEnabled: isTerminal) { text in FileHandle.standardError.write(Data(text.utf8)) }
  }

  /// Redraws the bar for `progress`.
  public func update(_ progress: BatchProgress) {
    guard isEnabled else { return }
    lock.withLock {
      output("\r\u{1B}[2K" + line(progress, elapsed: started.duration(to: .now)))
      drewLine = true
    }
  }

  /// Ends the bar's line so that later output starts on a fresh one.
  public func finish() {
    guard isEnabled else { return }
    lock.withLock {
      if drewLine { output("\n") }
      drewLine = false
    }
  }

  /// The bar's text for `progress` after `elapsed`, without control characters.
  func line(_ progress: BatchProgress, elapsed: Duration) -> String {
    let fraction = progress.total == 0 ? 1 : Double(progress.finished) / Double(progress.total)
    let filled = min(width, Int((fraction * Double(width)).rounded(.down)))
    var text = "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "]"
    let digits = String(progress.total).count
    let done = String(progress.finished)
    text += " " + String(repeating: " ", count: max(0, digits - done.count)) + "\(done)/\(progress.total)"
    if progress.resumed > 0 { text += "  \(progress.resumed) resumed" }
    if progress.buildFailures > 0 { text += "  \(progress.buildFailures) no build" }
    if progress.graderFailures > 0 { text += "  \(progress.graderFailures) grader failures" }
    let graded = progress.finished - progress.resumed
    let remaining = progress.total - progress.finished
    let seconds = elapsed.descentSeconds
    if graded > 0, remaining > 0 {
      text += "  ETA " + Self.clock(seconds / Double(graded) * Double(remaining))
    }
    if let latest = progress.latest { text += "  " + String(ReportText.singleLine(latest).prefix(24)) }
    return ReportText.printable(text)
  }

  /// `seconds` as `42s`, `3m07s` or `1h02m`.
  static func clock(_ seconds: Double) -> String {
    let total = Int(seconds.rounded(.up))
    if total < 60 { return "\(total)s" }
    if total < 3600 { return "\(total / 60)m" + String(format: "%02ds", total % 60) }
    return "\(total / 3600)h" + String(format: "%02dm", (total % 3600) / 60)
  }
}
