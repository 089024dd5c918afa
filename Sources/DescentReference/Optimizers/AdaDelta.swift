import DescentCore
import DescentKernels

/// AdaDelta: RMSProp whose step length is the root of a moving average of
/// the squared steps themselves, so the units of x come out right.
///
/// ```
/// v₀ = 0,  u₀ = 0
/// g ← ∇f(x) + λx                          (weight_decay λ)
/// v ← ρv + (1 − ρ) g ⊙ g                  (rho ρ)
/// Δ ← √(u + ε) / √(v + ε) ⊙ g             (ε inside both roots, as Zeiler writes it)
/// u ← ρu + (1 − ρ) Δ ⊙ Δ
/// x ← x − γΔ                              (lr γ, 1 in Zeiler's paper)
/// ```
///
/// torch.optim.Adadelta(lr=γ, rho=ρ, eps=ε, weight_decay=λ) step for step;
/// defaults lr 1.0, rho 0.9, eps 1e-6.
public struct AdaDelta: GradientOptimizer, LearningRateAdjustable, Sendable {
  /// lr, γ: scales Δ (1 = Zeiler's AdaDelta).
  public var learningRate: Double
  /// rho, ρ: the decay of both moving averages.
  public var rho: Double
  /// eps, ε: added inside both square roots.
  public var epsilon: Double
  /// weight_decay, λ: λx added to the gradient.
  public var weightDecay: Double
  /// t, the number of steps taken.
  public private(set) var stepCount = 0
  /// v, the moving average of squared gradients; empty before the first step.
  public private(set) var squareAverage: [Double] = []
  /// u, the moving average of squared steps Δ.
  public private(set) var deltaSquareAverage: [Double] = []
  /// Whether whole groups of four parameters go through the AVX2 kernel
  /// where the CPU has it (the same bits; false keeps the Swift loop alone).
  public var usesVectorKernel = VectorKernels.isAvailable

  /// Creates AdaDelta with torch's defaults.
  public init(learningRate: Double = 1.0, rho: Double = 0.9, epsilon: Double = 1e-6, weightDecay: Double = 0) {
    self.learningRate = learningRate
    self.rho = rho
    self.epsilon = epsilon
    self.weightDecay = weightDecay
  }

  /// One step of the update above.
  public mutating func update(_ parameters: inout [Double], gradient: [Double]) throws {
    try OptimizerInputError.check(
      "adadelta", parameters: parameters.count, gradient: gradient.count, stateCount: squareAverage.count)
    if squareAverage.isEmpty {
      squareAverage = [Double](repeating: 0, count: parameters.count)
      deltaSquareAverage = squareAverage
    }
    stepCount += 1
    var start = 0
    if usesVectorKernel {
      let (learningRate, rho, epsilon, weightDecay) = (learningRate, rho, epsilon, weightDecay)
      start = parameters.withUnsafeMutableBufferPointer { x in
        gradient.withUnsafeBufferPointer { g in
          squareAverage.withUnsafeMutableBufferPointer { v in
            deltaSquareAverage.withUnsafeMutableBufferPointer { u in
              guard let xs = x.baseAddress, let gs = g.baseAddress, let vs = v.baseAddress, let us = u.baseAddress
              else { return 0 }
              return descent_adadelta_avx2(learningRate, rho, epsilon, weightDecay, xs, gs, vs, us, x.count)
            }
          }
        }
      }
    }
    for i in start..<parameters.count {
      let g = decayed(gradient[i], at: parameters[i], weightDecay: weightDecay)
      squareAverage[i] = rho * squareAverage[i] + (1 - rho) * g * g
      let delta = (deltaSquareAverage[i] + epsilon).squareRoot() / (squareAverage[i] + epsilon).squareRoot() * g
      deltaSquareAverage[i] = rho * deltaSquareAverage[i] + (1 - rho) * delta * delta
      parameters[i] -= learningRate * delta
    }
  }
}
