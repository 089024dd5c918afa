/// Why a batch could not run, or a slice could not be merged, in one line
/// naming the folder or file at fault: "submissions folder /srv/hw1 does not exist".
///
/// A student's broken submission is never a `BatchError`: it is graded and
/// reported. A grader failure for one student is recorded for that student.
public struct BatchError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong and what to do about it.
  public var message: String

  /// Creates an error.
  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
