/// How a batch talks to its grading workers (`descent grade-worker`): one
/// student at a time, a ``GradingWorkerJob`` as one line of JSON on the
/// worker's standard input, answered by one ``GradingWorkerReply`` line of
/// JSON on descriptor ``replyDescriptor``. The worker's standard output and
/// error carry nothing but diagnostics, so nothing printed while grading can
/// be taken for an answer.
///
/// The worker is Descent's own grader (student code runs in processes it
/// starts, never in it), so its answers are trusted as the grader's; a
/// worker that crashes or hangs costs only the student it was grading.
public enum GradingWorkerProtocol {
  /// The worker's descriptor for replies.
  public static let replyDescriptor: Int32 = 3
}

/// One student for a grading worker.
public struct GradingWorkerJob: Codable, Sendable, Equatable {
  /// The submission folder, absolute.
  public var submission: String
  /// Where the worker writes the ``GradeReport`` as JSON.
  public var reportJSON: String

  /// A job grading `submission` into `reportJSON`.
  public init(submission: String, reportJSON: String) {
    self.submission = submission
    self.reportJSON = reportJSON
  }
}

/// A grading worker's answer to a ``GradingWorkerJob``.
public struct GradingWorkerReply: Codable, Sendable, Equatable {
  /// Nil when the report was written; else why the grader could not grade
  /// this student, in one line (the worker goes on with the next job).
  public var failure: String?

  /// A reply: success when `failure` is nil.
  public init(failure: String? = nil) { self.failure = failure }
}
