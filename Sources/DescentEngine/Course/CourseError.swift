/// A course folder or assignment that cannot be found, in one line for the
/// person at the command line: "unknown assignment 'optimiser' (available: optimizers)".
public struct CourseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong and what to do about it.
  public var message: String

  /// Creates an error.
  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
