import DescentCore

/// Gradient descent with momentum, in the form where the velocity is the
/// step itself (the Deep Learning book's Algorithm 8.2, CS231n's notes).
///
/// ```
/// v₀ = 0
/// v ← ρv − α∇f(x)
/// x ← x + v
/// ```
///
/// With a constant α this visits the same points as the velocity form
/// (``MomentumVelocityForm``, torch.optim.SGD(lr=α, momentum=ρ)): its v is
/// −α times theirs. The two differ only in rounding. Registered as
/// `sgd-momentum-step`, and accepted by the grader wherever `sgd` or
/// `sgd-momentum` runs with momentum.
public struct MomentumStepForm: GradientOptimizer, LearningRateAdjustable, Sendable {
  /// lr, α: the step length.
  public var learningRate: Double
  /// momentum, ρ: how much of the velocity carries over.
  public var momentum: Double
  /// weight_decay, λ: λx added to the gradient (torch's convention), 0 in the lecture.
  public var weightDecay: Double
  /// v, the velocity (the last step taken); empty before the first step.
  public private(set) var velocity: [Double] = []

  /// Creates momentum with step length `learningRate`, coefficient
  /// `momentum` and L2 weight decay `weightDecay`.
  public init(learningRate: Double = 1e-3, momentum: Double = 0.9, weightDecay: Double = 0) {
    self.learningRate = learningRate
    self.momentum = momentum
    self.weightDecay = weightDecay
  }

  /// v ← ρv − α(∇f(x) + λx);  x ← x + v.
  public mutating func update(_ parameters: inout [Double], gradient: [Double]) throws {
    try OptimizerInputError.check(
      "sgd-momentum-step", parameters: parameters.count, gradient: gradient.count, stateCount: velocity.count)
    if velocity.isEmpty { velocity = [Double](repeating: 0, count: parameters.count) }
    for i in parameters.indices {
      let g = decayed(gradient[i], at: parameters[i], weightDecay: weightDecay)
      velocity[i] = momentum * velocity[i] - learningRate * g
      parameters[i] += velocity[i]
    }
  }
}
