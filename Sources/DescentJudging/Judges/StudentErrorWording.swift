import DescentReports
import DescentWire

/// Messages for errors a student's code threw, in the grader's words with
/// the student's own text quoted and capped: "adam threw an error: «…»",
/// "not implemented: «Adam.step(_:on:)»".
///
/// The reply that carries the error comes from the student's process, so
/// its text is the student's whatever its kind says: it is always inside
/// quotation marks, never the start of a line a report shows, so it can
/// never pass for the grader's verdict ("matches the reference…").
public enum StudentErrorWording {
  /// The message for `error`, raised while working on `target`.
  public static func message(for error: StudentError, target: String) -> String {
    switch error.kind {
    case .notImplemented:
      let text = error.message.hasPrefix("not implemented: ") ? String(error.message.dropFirst(17)) : error.message
      return "not implemented: \(ReportText.quoted(text, originalBytes: error.originalByteCount))"
    case .missingFromCatalog:
      let missing = "your submission's catalog has no entry '\(ReportText.studentLine(target, atBytes: 200))'"
      return error.message.isEmpty ? missing : "\(missing): \(quoted(error))"
    case .thrown:
      return "\(target) threw an error: \(quoted(error))"
    }
  }

  private static func quoted(_ error: StudentError) -> String {
    ReportText.quoted(error.message, originalBytes: error.originalByteCount)
  }
}
