import DescentCore
import DescentKernels

/// AdaGrad: each coordinate's step is divided by the root of the sum of its
/// squared gradients so far.
///
/// ```
/// G₀ = c                                  (initial_accumulator_value)
/// t ← t + 1                               (t = 1 at the first step)
/// g ← ∇f(x) + λx                          (weight_decay λ)
/// γₜ = γ / (1 + (t − 1)η)                 (lr γ, lr_decay η)
/// G ← G + g ⊙ g
/// x ← x − γₜ g / (√G + ε)                 (ε outside the square root)
/// ```
///
/// torch.optim.Adagrad(lr=γ, lr_decay=η, weight_decay=λ,
/// initial_accumulator_value=c, eps=ε) step for step; defaults lr 1e-2, eps 1e-10.
public struct AdaGrad: GradientOptimizer, LearningRateAdjustable, Sendable {
  /// lr, γ.
  public var learningRate: Double
  /// lr_decay, η: the step length at step t is γ / (1 + (t − 1)η).
  public var learningRateDecay: Double
  /// weight_decay, λ: λx added to the gradient.
  public var weightDecay: Double
  /// initial_accumulator_value, c: where G starts.
  public var initialAccumulatorValue: Double
  /// eps, ε: added to √G.
  public var epsilon: Double
  /// t, the number of steps taken.
  public private(set) var stepCount = 0
  /// G, the running sum of squared gradients; empty before the first step.
  public private(set) var sumOfSquares: [Double] = []
  /// Whether whole groups of four parameters go through the AVX2 kernel
  /// where the CPU has it (the same bits; false keeps the Swift loop alone).
  public var usesVectorKernel = VectorKernels.isAvailable

  /// Creates AdaGrad with torch's defaults.
  public init(
    learningRate: Double = 1e-2, learningRateDecay: Double = 0, weightDecay: Double = 0,
    initialAccumulatorValue: Double = 0, epsilon: Double = 1e-10
  ) {
    self.learningRate = learningRate
    self.learningRateDecay = learningRateDecay
    self.weightDecay = weightDecay
    self.initialAccumulatorValue = initialAccumulatorValue
    self.epsilon = epsilon
  }

  /// One step of the update above.
  public mutating func update(_ parameters: inout [Double], gradient: [Double]) throws {
    try OptimizerInputError.check(
      "adagrad", parameters: parameters.count, gradient: gradient.count, stateCount: sumOfSquares.count)
    if sumOfSquares.isEmpty { sumOfSquares = [Double](repeating: initialAccumulatorValue, count: parameters.count) }
    stepCount += 1
    let stepLength = learningRate / (1 + Double(stepCount - 1) * learningRateDecay)
    var start = 0
    if usesVectorKernel {
      let (epsilon, weightDecay) = (epsilon, weightDecay)
      start = parameters.withUnsafeMutableBufferPointer { x in
        gradient.withUnsafeBufferPointer { g in
          sumOfSquares.withUnsafeMutableBufferPointer { sum in
            guard let xs = x.baseAddress, let gs = g.baseAddress, let sums = sum.baseAddress else { return 0 }
            return descent_adagrad_avx2(stepLength, epsilon, weightDecay, xs, gs, sums, x.count)
          }
        }
      }
    }
    for i in start..<parameters.count {
      let g = decayed(gradient[i], at: parameters[i], weightDecay: weightDecay)
      sumOfSquares[i] += g * g
      parameters[i] -= stepLength * g / (sumOfSquares[i].squareRoot() + epsilon)
    }
  }
}
