import DescentReports
import DescentWire

/// Turns runs that produced no numbers into messages a student understands:
/// "timed out after 2 s in adam", "used more than 10 s of CPU time in adam (…)",
/// "ran out of memory (limit 1 GiB)",
/// "crashed: Fatal error: Index out of range at Optimizers.swift:42",
/// "printed more than 1 MiB". Errors the student's code threw and reported
/// are worded by ``StudentErrorWording``, shared with the kit.
enum RunFailureWording {
  /// The message for a run that did not reply, or nil when it replied.
  static func message(for outcome: RunOutcome, target: String) -> String? {
    switch outcome {
    case .replied: nil
    case .crashed(let report): ReportText.studentLine(report.description)
    case .timedOut(let limit): "timed out after \(seconds(limit)) in \(target)"
    case .cpuTimeExceeded(let limit):
      "used more than \(limit) s of CPU time in \(target) (the CPU limit: busy threads count together)"
    case .outOfMemory(let limit): "ran out of memory (limit \(ByteCountText.describe(limit)))"
    case .outputLimitExceeded(let limit):
      "printed more than \(ByteCountText.describe(limit)) in \(target) and was stopped; remove debugging prints"
    case .protocolViolation(let detail):
      "the grader could not read the answer from \(target) (\(ReportText.studentLine(detail))); do not write to the grader's channel"
    case .notRun(let reason): "not run: \(ReportText.studentLine(reason))"
    }
  }

  /// "2 s", "0.5 s", "1.25 s".
  static func seconds(_ duration: Duration) -> String {
    let (whole, attoseconds) = duration.components
    let hundredths = Int64((Double(attoseconds) / 1e16).rounded())
    if hundredths == 0 { return "\(whole) s" }
    if hundredths == 100 { return "\(whole + 1) s" }
    let fraction = hundredths % 10 == 0 ? "\(hundredths / 10)" : (hundredths < 10 ? "0\(hundredths)" : "\(hundredths)")
    return "\(whole).\(fraction) s"
  }
}
