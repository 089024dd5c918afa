/// Hyper-parameters that a second-order method cannot run with, named for
/// the person who wrote them (a rubric author or a command-line user).
public struct SecondOrderConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The optimizer's registry name (`lbfgs`, `cg`, …).
  public var optimizer: String
  /// What is wrong, naming the hyper-parameter.
  public var message: String

  /// Creates the error.
  public init(optimizer: String, message: String) {
    self.optimizer = optimizer
    self.message = message
  }

  public var description: String { "\(optimizer): \(message)" }
}
