import DescentCore

/// Nesterov momentum as the lecture first writes it: take the gradient at
/// the point the momentum is about to carry us to.
///
/// ```
/// v₀ = 0
/// v ← ρv − α∇f(x + ρv)
/// x ← x + v
/// ```
///
/// The same method as torch.optim.SGD(lr=α, momentum=ρ, nesterov=True)
/// (``NesterovMomentum``) under the change of variables x̃ = x + ρv, b = −v/α:
/// torch holds x̃ₖ = xₖ + ρvₖ where this form holds xₖ. The two agree at
/// x₀ and differ afterwards, by ρvₖ. With `weight_decay` λ the gradient is
/// ∇f(x̃) + λx̃ at the look-ahead point x̃ = x + ρv, which is what torch
/// decays. Registered as `sgd-nesterov-lookahead`; the grader accepts its
/// points wherever `sgd` runs with `nesterov` or `sgd-nesterov` runs.
public struct NesterovLookAhead: Optimizer, LearningRateAdjustable, Sendable {
  /// lr, α: the step length.
  public var learningRate: Double
  /// momentum, ρ.
  public var momentum: Double
  /// weight_decay, λ: λx̃ added to the gradient at the look-ahead point.
  public var weightDecay: Double
  /// v, the velocity (the last step taken); empty before the first step.
  public private(set) var velocity: [Double] = []

  /// Creates look-ahead Nesterov momentum with step length `learningRate`,
  /// coefficient `momentum` and L2 weight decay `weightDecay`.
  public init(learningRate: Double = 1e-3, momentum: Double = 0.9, weightDecay: Double = 0) {
    self.learningRate = learningRate
    self.momentum = momentum
    self.weightDecay = weightDecay
  }

  /// The point the gradient is taken at, x + ρv (x itself before the first step).
  public func lookAheadPoint(from parameters: [Double]) -> [Double] {
    guard velocity.count == parameters.count else { return parameters }
    return parameters.indices.map { parameters[$0] + momentum * velocity[$0] }
  }

  /// v ← ρv − α∇f(x + ρv);  x ← x + v.
  public mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    let ahead = lookAheadPoint(from: parameters)
    let gradient = objective.gradient(at: ahead)
    try OptimizerInputError.check(
      "sgd-nesterov-lookahead", parameters: parameters.count, gradient: gradient.count, stateCount: velocity.count)
    if velocity.isEmpty { velocity = [Double](repeating: 0, count: parameters.count) }
    for i in parameters.indices {
      let g = decayed(gradient[i], at: ahead[i], weightDecay: weightDecay)
      velocity[i] = momentum * velocity[i] - learningRate * g
      parameters[i] += velocity[i]
    }
  }
}
