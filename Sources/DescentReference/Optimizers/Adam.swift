import DescentCore
import Foundation

/// Adam: momentum on the gradient (first moment) divided by the root of a
/// moving average of its square (second moment), both bias-corrected.
///
/// ```
/// m₀ = 0,  v₀ = 0,  t = 0
/// t ← t + 1                               (t = 1 at the first step)
/// g ← ∇f(x) + λx                          (weight_decay λ: L2, coupled)
/// m ← β₁m + (1 − β₁)g
/// v ← β₂v + (1 − β₂) g ⊙ g
/// m̂ = m / (1 − β₁ᵗ),   v̂ = v / (1 − β₂ᵗ)
/// (amsgrad: v_max ← max(v_max, v),  v̂ = v_max / (1 − β₂ᵗ))
/// x ← x − γ m̂ / (√v̂ + ε)                  (ε outside the square root)
/// ```
///
/// torch.optim.Adam(lr=γ, betas=(β₁, β₂), eps=ε, weight_decay=λ, amsgrad=…)
/// step for step; defaults lr 1e-3, betas (0.9, 0.999), eps 1e-8. With
/// `biasCorrection` false, m̂ = m and v̂ = v: the lecture's "Adam (almost)"
/// (CS231n), which torch does not offer. For decoupled weight decay see ``AdamW``.
public struct Adam: GradientOptimizer, LearningRateAdjustable, Sendable {
  /// lr, γ.
  public var learningRate: Double
  /// beta1, β₁: the decay of the first moment (torch's betas[0]).
  public var beta1: Double
  /// beta2, β₂: the decay of the second moment (torch's betas[1]).
  public var beta2: Double
  /// eps, ε: added to √v̂.
  public var epsilon: Double
  /// weight_decay, λ: λx added to the gradient (L2 regularization).
  public var weightDecay: Double
  /// amsgrad: normalize by the largest second moment seen so far.
  public var amsgrad: Bool
  /// bias_correction: divide the moments by 1 − βᵗ (false = "Adam (almost)").
  public var biasCorrection: Bool
  /// t, the number of steps taken.
  public private(set) var stepCount = 0
  /// m, the first moment; empty before the first step.
  public private(set) var firstMoment: [Double] = []
  /// v, the second moment; empty before the first step.
  public private(set) var secondMoment: [Double] = []
  /// v_max, the largest v seen, elementwise (amsgrad only; empty otherwise).
  public private(set) var maxSecondMoment: [Double] = []

  /// Creates Adam with torch's defaults.
  public init(
    learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8,
    weightDecay: Double = 0, amsgrad: Bool = false, biasCorrection: Bool = true
  ) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.weightDecay = weightDecay
    self.amsgrad = amsgrad
    self.biasCorrection = biasCorrection
  }

  /// One step of the update above, in one pass over the parameters.
  public mutating func update(_ parameters: inout [Double], gradient: [Double]) throws {
    try OptimizerInputError.check(
      "adam", parameters: parameters.count, gradient: gradient.count, stateCount: firstMoment.count)
    if firstMoment.isEmpty {
      firstMoment = [Double](repeating: 0, count: parameters.count)
      secondMoment = firstMoment
    }
    if amsgrad && maxSecondMoment.count != parameters.count {
      maxSecondMoment = [Double](repeating: 0, count: parameters.count)
    }
    stepCount += 1
    let t = Double(stepCount)
    let correction1 = biasCorrection ? 1 - pow(beta1, t) : 1
    let correction2 = biasCorrection ? 1 - pow(beta2, t) : 1
    let coefficients = AdamCoefficients(
      beta1: beta1, beta2: beta2, weightDecay: weightDecay, epsilon: epsilon,
      stepSize: learningRate / correction1, rootCorrection2: correction2.squareRoot())
    let useMaximum = amsgrad
    parameters.withUnsafeMutableBufferPointer { x in
      gradient.withUnsafeBufferPointer { g in
        firstMoment.withUnsafeMutableBufferPointer { m in
          secondMoment.withUnsafeMutableBufferPointer { v in
            maxSecondMoment.withUnsafeMutableBufferPointer { vMax in
              coefficients.apply(x: x, g: g, m: m, v: v, vMax: useMaximum ? vMax : nil)
            }
          }
        }
      }
    }
  }
}

/// The scalars of one Adam step, and the fused loop that applies them.
struct AdamCoefficients {
  var beta1: Double
  var beta2: Double
  var weightDecay: Double
  var epsilon: Double
  /// γ / (1 − β₁ᵗ).
  var stepSize: Double
  /// √(1 − β₂ᵗ).
  var rootCorrection2: Double

  /// For each i: g ← g + λx; m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²;
  /// x ← x − stepSize · m / (√v / √(1 − β₂ᵗ) + ε), reading and writing each
  /// array once.
  func apply(
    x: UnsafeMutableBufferPointer<Double>, g: UnsafeBufferPointer<Double>, m: UnsafeMutableBufferPointer<Double>,
    v: UnsafeMutableBufferPointer<Double>, vMax: UnsafeMutableBufferPointer<Double>?
  ) {
    let (b1, b2, oneMinusB1, oneMinusB2) = (beta1, beta2, 1 - beta1, 1 - beta2)
    let (decay, eps, step, root2) = (weightDecay, epsilon, stepSize, rootCorrection2)
    if let vMax {
      for i in 0..<x.count {
        let gi = decay == 0 ? g[i] : g[i] + decay * x[i]
        m[i] = b1 * m[i] + oneMinusB1 * gi
        v[i] = b2 * v[i] + oneMinusB2 * gi * gi
        vMax[i] = max(vMax[i], v[i])
        x[i] -= step * m[i] / (vMax[i].squareRoot() / root2 + eps)
      }
    } else {
      for i in 0..<x.count {
        let gi = decay == 0 ? g[i] : g[i] + decay * x[i]
        let mi = b1 * m[i] + oneMinusB1 * gi
        let vi = b2 * v[i] + oneMinusB2 * gi * gi
        m[i] = mi
        v[i] = vi
        x[i] -= step * mi / (vi.squareRoot() / root2 + eps)
      }
    }
  }
}
