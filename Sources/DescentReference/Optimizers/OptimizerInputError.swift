/// A gradient or parameter vector that does not fit an optimizer's state.
///
/// The message names the optimizer and both lengths, for example
/// `adam: the gradient has 3 entries but the parameters have 2`.
public struct OptimizerInputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The optimizer's name (`adam`, `sgd`, …).
  public var optimizer: String
  /// What does not fit, in words.
  public var message: String

  /// Creates the error.
  public init(optimizer: String, message: String) {
    self.optimizer = optimizer
    self.message = message
  }

  public var description: String { "\(optimizer): \(message)" }

  /// Checks that `gradient` fits `parameters` and that `stateCount` (0 before
  /// the first update) fits both.
  static func check(_ optimizer: String, parameters: Int, gradient: Int, stateCount: Int) throws(OptimizerInputError) {
    guard gradient == parameters else {
      throw OptimizerInputError(
        optimizer: optimizer, message: "the gradient has \(gradient) entries but the parameters have \(parameters)")
    }
    guard stateCount == 0 || stateCount == parameters else {
      throw OptimizerInputError(
        optimizer: optimizer,
        message: "the parameters have \(parameters) entries but had \(stateCount) at the previous step")
    }
  }
}
