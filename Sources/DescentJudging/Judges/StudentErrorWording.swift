import DescentReports
import DescentWire

/// Messages for errors a student's code threw, in the grader's words:
/// "not implemented: Adam.step(_:on:)", "adam threw an error: …".
public enum StudentErrorWording {
  /// The message for `error`, raised while working on `target`.
  public static func message(for error: StudentError, target: String) -> String {
    let message = ReportText.singleLine(error.message)
    switch error.kind {
    case .notImplemented:
      return message.hasPrefix("not implemented") ? message : "not implemented: \(message)"
    case .missingFromCatalog:
      return message.isEmpty ? "your submission's catalog has no entry '\(target)'" : message
    case .thrown:
      return "\(target) threw an error: \(message)"
    }
  }
}
