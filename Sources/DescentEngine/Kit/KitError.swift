/// Why a student kit or an autograder package could not be written, in one
/// line naming the file or folder at fault and what to do about it.
public struct KitError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong and what to do about it.
  public var message: String

  /// Creates an error.
  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
