import DescentCore

/// Gradient descent with momentum, in the velocity form torch uses: the
/// velocity accumulates gradients and the step is the velocity times lr.
///
/// ```
/// v₀ = 0
/// v ← ρv + ∇f(x)
/// x ← x − αv
/// ```
///
/// Identical to torch.optim.SGD(lr=α, momentum=ρ) and to ``SGD`` with
/// `momentum` ρ: torch starts its buffer at the raw gradient, which is
/// ρ·0 + ∇f(x₀). The other textbook form, ``MomentumStepForm``, keeps
/// v′ = −αv instead and visits the same points. Registered as `sgd-momentum`.
public struct MomentumVelocityForm: GradientOptimizer, LearningRateAdjustable, Sendable {
  /// lr, α: the step length.
  public var learningRate: Double
  /// momentum, ρ: how much of the velocity carries over.
  public var momentum: Double
  /// v, the velocity (a running sum of gradients); empty before the first step.
  public private(set) var velocity: [Double] = []

  /// Creates momentum with step length `learningRate` and coefficient `momentum`.
  public init(learningRate: Double = 1e-3, momentum: Double = 0.9) {
    self.learningRate = learningRate
    self.momentum = momentum
  }

  /// v ← ρv + ∇f(x);  x ← x − αv.
  public mutating func update(_ parameters: inout [Double], gradient: [Double]) throws {
    try OptimizerInputError.check(
      "sgd-momentum", parameters: parameters.count, gradient: gradient.count, stateCount: velocity.count)
    if velocity.isEmpty { velocity = [Double](repeating: 0, count: parameters.count) }
    for i in parameters.indices {
      velocity[i] = momentum * velocity[i] + gradient[i]
      parameters[i] -= learningRate * velocity[i]
    }
  }
}
