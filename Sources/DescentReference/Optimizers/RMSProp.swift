import DescentCore
import DescentKernels

/// RMSProp: divide each coordinate's step by the root of a moving average
/// of its squared gradients.
///
/// ```
/// v₀ = 0,  ḡ₀ = 0,  b₀ = 0
/// g ← ∇f(x) + λx                          (weight_decay λ)
/// v ← αv + (1 − α) g ⊙ g                  (alpha α)
/// if centered:  ḡ ← αḡ + (1 − α)g;   d ← √(v − ḡ ⊙ ḡ) + ε
/// else:         d ← √v + ε                (ε outside the square root)
/// if μ > 0:     b ← μb + g / d;   x ← x − γb      (momentum μ)
/// else:         x ← x − γ g / d
/// ```
///
/// torch.optim.RMSprop(lr=γ, alpha=α, eps=ε, weight_decay=λ, momentum=μ,
/// centered=…) step for step; defaults lr 1e-2, alpha 0.99, eps 1e-8.
/// Hinton's lecture writes the same update with α = 0.9.
public struct RMSProp: GradientOptimizer, LearningRateAdjustable, Sendable {
  /// lr, γ.
  public var learningRate: Double
  /// alpha, α: the decay of the moving averages.
  public var alpha: Double
  /// eps, ε: added to the root.
  public var epsilon: Double
  /// weight_decay, λ: λx added to the gradient.
  public var weightDecay: Double
  /// momentum, μ: the momentum applied to the normalized gradient.
  public var momentum: Double
  /// centered: normalize by an estimate of the gradient's variance, v − ḡ².
  public var centered: Bool
  /// t, the number of steps taken.
  public private(set) var stepCount = 0
  /// v, the moving average of squared gradients; empty before the first step.
  public private(set) var squareAverage: [Double] = []
  /// ḡ, the moving average of gradients (used when centered).
  public private(set) var gradientAverage: [Double] = []
  /// b, the momentum buffer (used when μ > 0).
  public private(set) var momentumBuffer: [Double] = []
  /// Whether whole groups of four parameters go through the AVX2 kernel
  /// where the CPU has it (the same bits; false keeps the Swift loop alone).
  public var usesVectorKernel = VectorKernels.isAvailable

  /// Creates RMSProp with torch's defaults.
  public init(
    learningRate: Double = 1e-2, alpha: Double = 0.99, epsilon: Double = 1e-8, weightDecay: Double = 0,
    momentum: Double = 0, centered: Bool = false
  ) {
    self.learningRate = learningRate
    self.alpha = alpha
    self.epsilon = epsilon
    self.weightDecay = weightDecay
    self.momentum = momentum
    self.centered = centered
  }

  /// One step of the update above.
  public mutating func update(_ parameters: inout [Double], gradient: [Double]) throws {
    try OptimizerInputError.check(
      "rmsprop", parameters: parameters.count, gradient: gradient.count, stateCount: squareAverage.count)
    if squareAverage.isEmpty {
      let zeros = [Double](repeating: 0, count: parameters.count)
      squareAverage = zeros
      gradientAverage = zeros
      momentumBuffer = zeros
    }
    stepCount += 1
    var start = 0
    if usesVectorKernel {
      var step = DescentRMSPropStep(
        learningRate: learningRate, alpha: alpha, epsilon: epsilon, weightDecay: weightDecay, momentum: momentum)
      let (centered, accelerated) = (centered, momentum > 0)
      start = parameters.withUnsafeMutableBufferPointer { x in
        gradient.withUnsafeBufferPointer { g in
          squareAverage.withUnsafeMutableBufferPointer { v in
            gradientAverage.withUnsafeMutableBufferPointer { average in
              momentumBuffer.withUnsafeMutableBufferPointer { buffer in
                guard let xs = x.baseAddress, let gs = g.baseAddress, let vs = v.baseAddress else { return 0 }
                return descent_rmsprop_avx2(
                  &step, xs, gs, vs, centered ? average.baseAddress : nil, accelerated ? buffer.baseAddress : nil,
                  x.count)
              }
            }
          }
        }
      }
    }
    for i in start..<parameters.count {
      let g = decayed(gradient[i], at: parameters[i], weightDecay: weightDecay)
      squareAverage[i] = alpha * squareAverage[i] + (1 - alpha) * g * g
      let denominator: Double
      if centered {
        gradientAverage[i] = alpha * gradientAverage[i] + (1 - alpha) * g
        denominator = (squareAverage[i] - gradientAverage[i] * gradientAverage[i]).squareRoot() + epsilon
      } else {
        denominator = squareAverage[i].squareRoot() + epsilon
      }
      if momentum > 0 {
        momentumBuffer[i] = momentum * momentumBuffer[i] + g / denominator
        parameters[i] -= learningRate * momentumBuffer[i]
      } else {
        parameters[i] -= learningRate * g / denominator
      }
    }
  }
}
