import DescentCore
import DescentKernels
import Foundation

/// NAdam: Adam whose first moment is read with Nesterov's look-ahead, with
/// Dozat's momentum schedule μₜ.
///
/// ```
/// m₀ = 0,  v₀ = 0,  Π₀ = 1,  t = 0
/// t ← t + 1
/// g ← ∇f(x) + λx                          (weight_decay λ; decoupled: x ← x − γλx instead)
/// μₜ = β₁(1 − ½·0.96^(tψ)),   μₜ₊₁ = β₁(1 − ½·0.96^((t+1)ψ))     (momentum_decay ψ)
/// Π ← Π·μₜ
/// m ← β₁m + (1 − β₁)g
/// v ← β₂v + (1 − β₂) g ⊙ g
/// d = √(v / (1 − β₂ᵗ)) + ε
/// x ← x − γ(1 − μₜ)/(1 − Π) · g/d − γμₜ₊₁/(1 − Πμₜ₊₁) · m/d
/// ```
///
/// torch.optim.NAdam(lr=γ, betas=(β₁, β₂), eps=ε, weight_decay=λ,
/// momentum_decay=ψ, decoupled_weight_decay=…) step for step; defaults
/// lr 2e-3, betas (0.9, 0.999), eps 1e-8, momentum_decay 4e-3.
public struct NAdam: GradientOptimizer, LearningRateAdjustable, Sendable {
  /// lr, γ.
  public var learningRate: Double
  /// beta1, β₁.
  public var beta1: Double
  /// beta2, β₂.
  public var beta2: Double
  /// eps, ε: added to the root.
  public var epsilon: Double
  /// weight_decay, λ.
  public var weightDecay: Double
  /// momentum_decay, ψ: how fast μₜ rises toward β₁.
  public var momentumDecay: Double
  /// decoupled_weight_decay: shrink x by γλ (NAdamW) instead of adding λx to g.
  public var decoupledWeightDecay: Bool
  /// t, the number of steps taken.
  public private(set) var stepCount = 0
  /// Π, the product μ₁μ₂…μₜ.
  public private(set) var momentumProduct = 1.0
  /// m, the first moment; empty before the first step.
  public private(set) var firstMoment: [Double] = []
  /// v, the second moment; empty before the first step.
  public private(set) var secondMoment: [Double] = []
  /// Whether whole groups of four parameters go through the AVX2 kernel
  /// where the CPU has it (the same bits; false keeps the Swift loop alone).
  public var usesVectorKernel = VectorKernels.isAvailable

  /// Creates NAdam with torch's defaults.
  public init(
    learningRate: Double = 2e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8,
    weightDecay: Double = 0, momentumDecay: Double = 4e-3, decoupledWeightDecay: Bool = false
  ) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.weightDecay = weightDecay
    self.momentumDecay = momentumDecay
    self.decoupledWeightDecay = decoupledWeightDecay
  }

  /// One step of the update above.
  public mutating func update(_ parameters: inout [Double], gradient: [Double]) throws {
    try OptimizerInputError.check(
      "nadam", parameters: parameters.count, gradient: gradient.count, stateCount: firstMoment.count)
    if firstMoment.isEmpty {
      firstMoment = [Double](repeating: 0, count: parameters.count)
      secondMoment = firstMoment
    }
    stepCount += 1
    let t = Double(stepCount)
    let correction2 = 1 - pow(beta2, t)
    let mu = beta1 * (1 - 0.5 * pow(0.96, t * momentumDecay))
    let muNext = beta1 * (1 - 0.5 * pow(0.96, (t + 1) * momentumDecay))
    momentumProduct *= mu
    let gradientWeight = learningRate * (1 - mu) / (1 - momentumProduct)
    let momentWeight = learningRate * muNext / (1 - momentumProduct * muNext)
    var start = 0
    if usesVectorKernel {
      var step = DescentNAdamStep(
        beta1: beta1, beta2: beta2, epsilon: epsilon, weightDecay: weightDecay,
        decoupled: decoupledWeightDecay ? 1 : 0, shrink: 1 - learningRate * weightDecay, correction2: correction2,
        gradientWeight: gradientWeight, momentWeight: momentWeight)
      start = parameters.withUnsafeMutableBufferPointer { x in
        gradient.withUnsafeBufferPointer { g in
          firstMoment.withUnsafeMutableBufferPointer { m in
            secondMoment.withUnsafeMutableBufferPointer { v in
              guard let xs = x.baseAddress, let gs = g.baseAddress, let ms = m.baseAddress, let vs = v.baseAddress
              else { return 0 }
              return descent_nadam_avx2(&step, xs, gs, ms, vs, x.count)
            }
          }
        }
      }
    }
    for i in start..<parameters.count {
      var g = gradient[i]
      if weightDecay != 0 {
        if decoupledWeightDecay {
          parameters[i] *= 1 - learningRate * weightDecay
        } else {
          g += weightDecay * parameters[i]
        }
      }
      firstMoment[i] = beta1 * firstMoment[i] + (1 - beta1) * g
      secondMoment[i] = beta2 * secondMoment[i] + (1 - beta2) * g * g
      let denominator = (secondMoment[i] / correction2).squareRoot() + epsilon
      parameters[i] -= gradientWeight * g / denominator
      parameters[i] -= momentWeight * firstMoment[i] / denominator
    }
  }
}
