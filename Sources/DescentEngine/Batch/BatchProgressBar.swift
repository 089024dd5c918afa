import DescentReports
import Foundation

/// A batch's progress on standard error: on a terminal, one bar redrawn
/// in place,
///
///     [██████████░░░░░░░░░░░░░░░░░░░░]  34/100  2 no build  ETA 1m05s  alice
///
/// and in a log file, a CI job or a pipe, one line per finished student,
/// so that a log shows the batch moving:
///
///     [ 34/100] alice: graded
///     [ 35/100] bob: did not compile
public final class BatchProgressBar: @unchecked Sendable {
  /// How progress is shown.
  public enum Style: Sendable, Equatable {
    /// A bar redrawn in place (a terminal).
    case bar
    /// One line per finished student (a log, a pipe).
    case lines
    /// Nothing.
    case silent
  }

  /// How progress is shown.
  public let style: Style
  private let width: Int
  private let output: @Sendable (String) -> Void
  private let lock = NSLock()
  private let started = ContinuousClock.now
  private var drewLine = false
  private var previous: BatchProgress?

  /// A display that writes `style`'s text to `output`.
  public init(style: Style, width: Int = 30, output: @escaping @Sendable (String) -> Void) {
    self.style = style
    self.width = max(10, width)
    self.output = output
  }

  /// Progress on standard error: a bar when it is a terminal (and `TERM` is
  /// not `dumb`), else a line per student.
  public static func standardError(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> BatchProgressBar {
    let isTerminal = isatty(STDERR_FILENO) == 1 && environment["TERM"] != "dumb"
    return BatchProgressBar(style: isTerminal ? .bar : .lines) { text in
      FileHandle.standardError.write(Data(text.utf8))
    }
  }

  /// Shows `progress`: redraws the bar, or prints the line of the student
  /// who just finished.
  public func update(_ progress: BatchProgress) {
    lock.withLock {
      defer { previous = progress }
      switch style {
      case .silent: return
      case .bar:
        output("\r\u{1B}[2K" + line(progress, elapsed: started.duration(to: .now)))
        drewLine = true
      case .lines:
        guard let latest = progress.latest, progress.finished > (previous?.finished ?? 0) else { return }
        output(logLine(progress, student: latest) + "\n")
      }
    }
  }

  /// Ends the bar's line so that later output starts on a fresh one.
  public func finish() {
    guard style == .bar else { return }
    lock.withLock {
      if drewLine { output("\n") }
      drewLine = false
    }
  }

  /// "[ 34/100] alice: graded", the student's fate read from which count grew.
  func logLine(_ progress: BatchProgress, student: String) -> String {
    let before = previous ?? BatchProgress(total: progress.total)
    let fate =
      progress.resumed > before.resumed
      ? "kept from an earlier run"
      : progress.graderFailures > before.graderFailures
        ? "grader error (retried on the next run)"
        : progress.buildFailures > before.buildFailures ? "did not compile" : "graded"
    return ReportText.printable("[\(Self.count(progress))] \(ReportText.singleLine(student).prefix(80)): \(fate)")
  }

  /// "finished/total", the finished count padded to the total's width so that lines align.
  private static func count(_ progress: BatchProgress) -> String {
    let done = String(progress.finished)
    return String(repeating: " ", count: max(0, String(progress.total).count - done.count))
      + "\(done)/\(progress.total)"
  }

  /// The bar's text for `progress` after `elapsed`, without control characters.
  func line(_ progress: BatchProgress, elapsed: Duration) -> String {
    let fraction = progress.total == 0 ? 1 : Double(progress.finished) / Double(progress.total)
    let filled = min(width, Int((fraction * Double(width)).rounded(.down)))
    var text = "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "]"
    text += " " + Self.count(progress)
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
