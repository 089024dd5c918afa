import DescentCore

/// RMSProp written with its classic mistake: the decay weight applied to
/// the gradient before squaring.
///
/// ```
/// v ← αv + ((1 − α)g)²    (the reference: v ← αv + (1 − α) g ⊙ g)
/// ```
///
/// Everything else (centering, momentum, weight decay) as the reference.
public struct MiswrittenRMSProp: GradientOptimizer, Sendable {
  /// The hyper-parameters, as the reference RMSProp holds them.
  public var configuration: RMSProp
  private var squareAverage: [Double] = []
  private var gradientAverage: [Double] = []
  private var buffer: [Double] = []

  /// RMSProp configured as `configuration`, squaring (1 − α)g.
  public init(_ configuration: RMSProp) { self.configuration = configuration }

  /// One step of the flawed update above.
  public mutating func update(_ parameters: inout [Double], gradient: [Double]) throws {
    try OptimizerInputError.check(
      "rmsprop", parameters: parameters.count, gradient: gradient.count, stateCount: squareAverage.count)
    let c = configuration
    if squareAverage.isEmpty {
      squareAverage = [Double](repeating: 0, count: parameters.count)
      gradientAverage = squareAverage
      buffer = squareAverage
    }
    for i in parameters.indices {
      let g = decayed(gradient[i], at: parameters[i], weightDecay: c.weightDecay)
      let weighted = (1 - c.alpha) * g
      squareAverage[i] = c.alpha * squareAverage[i] + weighted * weighted
      var denominator = squareAverage[i]
      if c.centered {
        gradientAverage[i] = c.alpha * gradientAverage[i] + (1 - c.alpha) * g
        denominator -= gradientAverage[i] * gradientAverage[i]
      }
      denominator = denominator.squareRoot() + c.epsilon
      if c.momentum > 0 {
        buffer[i] = c.momentum * buffer[i] + g / denominator
        parameters[i] -= c.learningRate * buffer[i]
      } else {
        parameters[i] -= c.learningRate * g / denominator
      }
    }
  }
}
