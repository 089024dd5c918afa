import DescentCore

/// A loss value and its gradient with respect to the weights, dL/dW, of the
/// same shape as W.
public struct LossAndGradient: Sendable, Equatable {
  /// L.
  public var loss: Double
  /// dL/dW.
  public var gradient: Matrix

  /// Creates the pair.
  public init(loss: Double, gradient: Matrix) {
    self.loss = loss
    self.gradient = gradient
  }
}
