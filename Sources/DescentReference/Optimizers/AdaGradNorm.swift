import DescentCore

/// AdaGrad with one learning rate for all coordinates, scaled by the
/// accumulated squared norm of the gradients (AdaGrad-Norm, Ward, Wu and
/// Bottou 2019; the "global" AdaGrad some lectures show):
///
/// ```
/// G₀ = initial_accumulator_value
/// G ← G + ‖g‖²                    (one number for all coordinates)
/// x ← x − γ g / (√G + ε)
/// ```
///
/// torch.optim has no such optimizer; ε sits outside the root as in torch's
/// Adagrad (default 1e-10).
public struct AdaGradNorm: GradientOptimizer, Sendable {
  /// lr, γ.
  public var learningRate: Double
  /// eps, ε.
  public var epsilon: Double
  /// G, the sum of squared gradient norms so far.
  public private(set) var accumulator: Double

  /// Creates the method; defaults lr 1e-2, G₀ 0, ε 1e-10.
  public init(learningRate: Double = 1e-2, initialAccumulatorValue: Double = 0, epsilon: Double = 1e-10) {
    self.learningRate = learningRate
    self.accumulator = initialAccumulatorValue
    self.epsilon = epsilon
  }

  /// One step of the update above.
  public mutating func update(_ parameters: inout [Double], gradient: [Double]) throws {
    try OptimizerInputError.check("adagrad-norm", parameters: parameters.count, gradient: gradient.count, stateCount: 0)
    var squaredNorm = 0.0
    for g in gradient { squaredNorm += g * g }
    accumulator += squaredNorm
    let denominator = accumulator.squareRoot() + epsilon
    for i in parameters.indices { parameters[i] -= learningRate * gradient[i] / denominator }
  }
}
