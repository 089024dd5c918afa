import DescentCore

/// AdamW: Adam with decoupled weight decay. The parameters shrink by γλ
/// before the moment updates, instead of λx entering the gradient.
///
/// ```
/// t ← t + 1
/// x ← x − γλx                             (decoupled: not seen by m or v)
/// g ← ∇f(x)                               (at the point before the decay)
/// m ← β₁m + (1 − β₁)g
/// v ← β₂v + (1 − β₂) g ⊙ g
/// m̂ = m / (1 − β₁ᵗ),   v̂ = v / (1 − β₂ᵗ)
/// x ← x − γ m̂ / (√v̂ + ε)
/// ```
///
/// torch.optim.AdamW(lr=γ, betas=(β₁, β₂), eps=ε, weight_decay=λ, amsgrad=…)
/// step for step; defaults as Adam's except weight_decay 0.01. With λ = 0 it
/// is ``Adam``. Loshchilov & Hutter write the decay as ηₜλx with a schedule
/// multiplier ηₜ; torch (and this type) use γλ.
public struct AdamW: GradientOptimizer, LearningRateAdjustable, Sendable {
  /// lr, γ.
  public var learningRate: Double
  /// beta1, β₁.
  public var beta1: Double
  /// beta2, β₂.
  public var beta2: Double
  /// eps, ε.
  public var epsilon: Double
  /// weight_decay, λ: the parameters shrink by the factor 1 − γλ each step.
  public var weightDecay: Double
  /// amsgrad: normalize by the largest second moment seen so far.
  public var amsgrad: Bool
  /// bias_correction: divide the moments by 1 − βᵗ.
  public var biasCorrection: Bool
  /// The moments and step counter, kept by an Adam without weight decay.
  public private(set) var moments: Adam
  /// Whether whole groups of four parameters go through the AVX2 kernel
  /// where the CPU has it (the same bits; false keeps the Swift lanes alone).
  public var usesVectorKernel: Bool {
    get { moments.usesVectorKernel }
    set { moments.usesVectorKernel = newValue }
  }

  /// Creates AdamW with torch's defaults.
  public init(
    learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8,
    weightDecay: Double = 1e-2, amsgrad: Bool = false, biasCorrection: Bool = true
  ) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.weightDecay = weightDecay
    self.amsgrad = amsgrad
    self.biasCorrection = biasCorrection
    self.moments = Adam()
  }

  /// t, the number of steps taken.
  public var stepCount: Int { moments.stepCount }

  /// x ← x − γλx, then Adam's step with the gradient taken before the decay.
  public mutating func update(_ parameters: inout [Double], gradient: [Double]) throws {
    guard gradient.count == parameters.count else {
      throw OptimizerInputError(
        optimizer: "adamw",
        message: "the gradient has \(gradient.count) entries but the parameters have \(parameters.count)")
    }
    moments.learningRate = learningRate
    moments.beta1 = beta1
    moments.beta2 = beta2
    moments.epsilon = epsilon
    moments.weightDecay = 0
    moments.amsgrad = amsgrad
    moments.biasCorrection = biasCorrection
    // The decoupled decay in Adam's own pass: x ← (1 − γλ)x, then the step.
    try moments.update(
      &parameters, gradient: gradient, shrinkingBy: weightDecay != 0 ? 1 - learningRate * weightDecay : nil)
  }
}
