import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// How a batch talks to its grading workers (`descent grade-worker`): one
/// student at a time, a ``GradingWorkerJob`` as one line of JSON on the
/// worker's standard input, answered by ``GradingWorkerReply`` lines of JSON
/// on descriptor ``replyDescriptor``: ``GradingWorkerReply/compiled`` once
/// the program is built (the batch can start the next compilation while this
/// one runs), then ``GradingWorkerReply/graded(failure:)``. The worker's
/// standard output and error carry nothing but diagnostics, so nothing
/// printed while grading can be taken for an answer.
///
/// The worker is Descent's own grader (student code runs in processes it
/// starts, never in it), so its answers are trusted as the grader's; a
/// worker that crashes or hangs costs only the student it was grading.
public enum GradingWorkerProtocol {
  /// The worker's descriptor for replies.
  public static let replyDescriptor: Int32 = 3

  /// Sends `reply` from the worker: its line on ``replyDescriptor``; false
  /// when that fails (the batch is gone).
  public static func send(_ reply: GradingWorkerReply) -> Bool {
    guard let bytes = try? line(reply) else { return false }
    return write(bytes, to: replyDescriptor)
  }

  /// `message` as one line of JSON.
  static func line(_ message: some Encodable) throws -> [UInt8] {
    var bytes = Array(try JSONEncoder().encode(message))
    bytes.append(0x0A)
    return bytes
  }

  /// Writes all of `bytes` to `descriptor`; false when that fails.
  static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        guard let start = buffer.baseAddress else { return 0 }
        return Glibc.write(descriptor, start + offset, buffer.count - offset)
      }
      if written > 0 {
        offset += written
      } else if written < 0 && errno == EINTR {
        continue
      } else {
        return false
      }
    }
    return true
  }
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

/// What a grading worker says about the ``GradingWorkerJob`` in hand.
public enum GradingWorkerReply: Codable, Sendable, Equatable {
  /// The submission is compiled (or found not to compile, or its program
  /// was kept from an earlier grading): what is left is running and judging.
  /// Optional, and may come more than once (the grader retries its own
  /// failures).
  case compiled
  /// The job is done: the report is written when `failure` is nil; else why
  /// the grader could not grade this student, in one line (the worker goes
  /// on with the next job).
  case graded(failure: String?)
}
