import DescentCore

/// Nesterov momentum in torch's change of variables: the gradient is taken
/// at the point held, and the step adds the momentum's look-ahead.
///
/// ```
/// b₀ = 0
/// g ← ∇f(x̃) + λx̃                 (weight_decay λ, 0 in the lecture)
/// b ← ρb + g                      (= g at the first step)
/// x̃ ← x̃ − α(g + ρb)
/// ```
///
/// torch.optim.SGD(lr=α, momentum=ρ, nesterov=True, weight_decay=λ), and
/// ``SGD`` with `nesterov`. The look-ahead form (``NesterovLookAhead``:
/// v ← ρv − α∇f(x + ρv), x ← x + v) is the same method: with b = −v/α and
/// x̃ = x + ρv its recursion becomes this one. Both start at x̃₀ = x₀ (v₀ = 0),
/// but afterwards this form holds x̃ₖ = xₖ + ρvₖ where the look-ahead form
/// holds xₖ, so their points differ from the first step on. Registered as
/// `sgd-nesterov`; the grader accepts the look-ahead form's points too.
public struct NesterovMomentum: GradientOptimizer, LearningRateAdjustable, Sendable {
  /// lr, α: the step length.
  public var learningRate: Double
  /// momentum, ρ.
  public var momentum: Double
  /// weight_decay, λ: λx̃ added to the gradient.
  public var weightDecay: Double
  /// b, the momentum buffer (−v/α of the look-ahead form); empty before the first step.
  public private(set) var momentumBuffer: [Double] = []

  /// Creates Nesterov momentum with step length `learningRate`, coefficient
  /// `momentum` and L2 weight decay `weightDecay`.
  public init(learningRate: Double = 1e-3, momentum: Double = 0.9, weightDecay: Double = 0) {
    self.learningRate = learningRate
    self.momentum = momentum
    self.weightDecay = weightDecay
  }

  /// b ← ρb + g;  x̃ ← x̃ − α(g + ρb).
  public mutating func update(_ parameters: inout [Double], gradient: [Double]) throws {
    try OptimizerInputError.check(
      "sgd-nesterov", parameters: parameters.count, gradient: gradient.count, stateCount: momentumBuffer.count)
    if momentumBuffer.isEmpty { momentumBuffer = [Double](repeating: 0, count: parameters.count) }
    for i in parameters.indices {
      let g = decayed(gradient[i], at: parameters[i], weightDecay: weightDecay)
      momentumBuffer[i] = momentum * momentumBuffer[i] + g
      parameters[i] -= learningRate * (g + momentum * momentumBuffer[i])
    }
  }
}
