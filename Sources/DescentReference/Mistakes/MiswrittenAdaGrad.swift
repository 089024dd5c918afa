import DescentCore

/// AdaGrad written with its classic mistake: the sum of gradients instead
/// of the sum of their squares.
///
/// ```
/// G ← G + g              (the reference: G ← G + g ⊙ g)
/// x ← x − γₜ g / (√G + ε)
/// ```
///
/// √G of a negative sum is NaN, so the run typically breaks down within a
/// few steps.
public struct MiswrittenAdaGrad: GradientOptimizer, Sendable {
  /// The hyper-parameters, as the reference AdaGrad holds them.
  public var configuration: AdaGrad
  private var stepCount = 0
  private var sum: [Double] = []

  /// AdaGrad configured as `configuration`, accumulating g.
  public init(_ configuration: AdaGrad) { self.configuration = configuration }

  /// One step of the flawed update above.
  public mutating func update(_ parameters: inout [Double], gradient: [Double]) throws {
    try OptimizerInputError.check(
      "adagrad", parameters: parameters.count, gradient: gradient.count, stateCount: sum.count)
    let c = configuration
    if sum.isEmpty { sum = [Double](repeating: c.initialAccumulatorValue, count: parameters.count) }
    stepCount += 1
    let stepLength = c.learningRate / (1 + Double(stepCount - 1) * c.learningRateDecay)
    for i in parameters.indices {
      let g = decayed(gradient[i], at: parameters[i], weightDecay: c.weightDecay)
      sum[i] += g
      parameters[i] -= stepLength * g / (sum[i].squareRoot() + c.epsilon)
    }
  }
}
