import DescentCore
import DescentKernels
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
  /// Whether the update runs the AVX2 kernel where the CPU has it (the
  /// same bits as the portable lanes; false runs the lanes alone, for
  /// benchmarks and tests).
  public var usesVectorKernel = VectorKernels.isAvailable

  /// Whether this CPU runs the reference's AVX2 kernels.
  public static var hasVectorKernel: Bool { VectorKernels.isAvailable }

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
    try update(&parameters, gradient: gradient, shrinkingBy: nil)
  }

  /// The step, with each parameter first multiplied by `shrink` in the same
  /// pass when it is set (AdamW's decoupled weight decay).
  mutating func update(_ parameters: inout [Double], gradient: [Double], shrinkingBy shrink: Double?) throws {
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
      stepSize: learningRate / correction1, rootCorrection2: correction2.squareRoot(), shrink: shrink)
    let (useMaximum, kernel) = (amsgrad, usesVectorKernel)
    parameters.withUnsafeMutableBufferPointer { x in
      gradient.withUnsafeBufferPointer { g in
        firstMoment.withUnsafeMutableBufferPointer { m in
          secondMoment.withUnsafeMutableBufferPointer { v in
            maxSecondMoment.withUnsafeMutableBufferPointer { vMax in
              coefficients.apply(x: x, g: g, m: m, v: v, vMax: useMaximum ? vMax : nil, usingKernel: kernel)
            }
          }
        }
      }
    }
  }
}

/// The scalars of one Adam step, and the fused loop that applies them.
struct AdamCoefficients {
  /// The lanes the loop works on. On the x86-64 baseline (SSE2) two, four
  /// and eight lanes ran alike (about 53 ms per 10⁷ parameters against 66
  /// one at a time): the division vectorizes, the square root stays one
  /// `sqrtsd` per lane (Swift's goes through libm's `sqrt`).
  typealias Lanes = SIMD4<Double>

  var beta1: Double
  var beta2: Double
  var weightDecay: Double
  var epsilon: Double
  /// γ / (1 − β₁ᵗ).
  var stepSize: Double
  /// √(1 − β₂ᵗ).
  var rootCorrection2: Double
  /// AdamW's decoupled decay factor 1 − γλ, applied to x first; nil for Adam.
  var shrink: Double? = nil

  /// Adam's update for the parameters in `lanes`, elementwise (⊙):
  ///
  /// ```
  /// x ← shrink · x              (AdamW only)
  /// g ← g + λx                  (only when λ ≠ 0)
  /// m ← β₁m + (1 − β₁)g
  /// v ← β₂v + (1 − β₂) g ⊙ g
  /// v_max ← max(v_max, v)       (amsgrad only)
  /// x ← x − stepSize · m / (√v / √(1 − β₂ᵗ) + ε)     (√v_max with amsgrad)
  /// ```
  ///
  /// Every lane goes through the scalar formula's operations in its order
  /// (IEEE +, ×, ÷, √ are correctly rounded lane by lane, and nothing is
  /// fused or reassociated), so any lane width gives the same bits.
  @inline(__always)
  func update(x: inout Lanes, g: Lanes, m: inout Lanes, v: inout Lanes, vMax: inout Lanes, amsgrad: Bool) {
    if let shrink { x *= shrink }
    let g = weightDecay == 0 ? g : g + weightDecay * x
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g * g
    if amsgrad { vMax = vMax.replacing(with: v, where: v .>= vMax) }  // Swift.max(vMax, v), lane by lane
    let root = (amsgrad ? vMax : v).squareRoot()
    x -= stepSize * m / (root / rootCorrection2 + epsilon)
  }

  /// ``update(x:g:m:v:vMax:amsgrad:)`` over the arrays, reading and writing
  /// each once: with `usingKernel`, the AVX2 kernel first (the same
  /// operations four lanes at a time, the same bits); then whole lanes, and
  /// the last count % lanes parameters in one zero-padded lane (whose
  /// padding is never stored).
  func apply(
    x: UnsafeMutableBufferPointer<Double>, g: UnsafeBufferPointer<Double>, m: UnsafeMutableBufferPointer<Double>,
    v: UnsafeMutableBufferPointer<Double>, vMax: UnsafeMutableBufferPointer<Double>?,
    usingKernel: Bool = VectorKernels.isAvailable
  ) {
    guard let xs = x.baseAddress, let gs = g.baseAddress, let ms = m.baseAddress, let vs = v.baseAddress else { return }
    let amsgrad = vMax != nil
    let vMaxs = vMax?.baseAddress ?? vs  // read and written only with amsgrad
    let width = Lanes.scalarCount
    let count = x.count
    var i = 0
    if usingKernel {
      var step = DescentAdamStep(
        beta1: beta1, beta2: beta2, weightDecay: weightDecay, epsilon: epsilon, stepSize: stepSize,
        rootCorrection2: rootCorrection2, shrink: shrink ?? 1, shrinks: shrink == nil ? 0 : 1)
      i = descent_adam_avx2(&step, xs, gs, ms, vs, amsgrad ? vMaxs : nil, count)
    }
    while i + width <= count {
      var (xi, mi, vi, vMaxi) = (Lanes.load(xs + i), Lanes.load(ms + i), Lanes.load(vs + i), Lanes())
      if amsgrad { vMaxi = Lanes.load(vMaxs + i) }
      update(x: &xi, g: Lanes.load(gs + i), m: &mi, v: &vi, vMax: &vMaxi, amsgrad: amsgrad)
      xi.store(xs + i)
      mi.store(ms + i)
      vi.store(vs + i)
      if amsgrad { vMaxi.store(vMaxs + i) }
      i += width
    }
    let rest = count - i
    guard rest > 0 else { return }
    var (xi, gi, mi, vi, vMaxi) = (Lanes(), Lanes(), Lanes(), Lanes(), Lanes())
    for k in 0..<rest {
      (xi[k], gi[k], mi[k], vi[k]) = (xs[i + k], gs[i + k], ms[i + k], vs[i + k])
      if amsgrad { vMaxi[k] = vMaxs[i + k] }
    }
    update(x: &xi, g: gi, m: &mi, v: &vi, vMax: &vMaxi, amsgrad: amsgrad)
    for k in 0..<rest {
      (xs[i + k], ms[i + k], vs[i + k]) = (xi[k], mi[k], vi[k])
      if amsgrad { vMaxs[i + k] = vMaxi[k] }
    }
  }
}

extension SIMD where Scalar == Double {
  /// The lanes at `address` (any alignment).
  @inline(__always)
  static func load(_ address: UnsafeRawPointer) -> Self {
    address.loadUnaligned(as: Self.self)
  }

  /// Writes the lanes to `address` (any alignment).
  @inline(__always)
  func store(_ address: UnsafeMutableRawPointer) {
    address.storeBytes(of: self, as: Self.self)
  }
}
