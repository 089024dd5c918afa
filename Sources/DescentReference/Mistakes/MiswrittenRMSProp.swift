import DescentCore

/// RMSProp written with one of its classic mistakes.
///
/// ```
/// decayOnGradient:          v ← αv + ((1 − α)g)²    (the reference: v ← αv + (1 − α) g ⊙ g)
/// epsilonInsideSquareRoot:  d ← √(v + ε)            (the reference: d ← √v + ε; centered: √(v − ḡ²) + ε)
/// ```
///
/// Everything else (centering, momentum, weight decay) as the reference.
/// The second is how Hinton's slides and two of the course's notes write
/// it (δ for ε); with torch's ε = 1e-8 it moves a step by about ε / 2v
/// relative, so it shows where gradients are small (near a saddle or a
/// minimizer).
public struct MiswrittenRMSProp: GradientOptimizer, Sendable {
  /// The mistakes this type can make.
  public enum Flaw: String, Sendable, CaseIterable {
    /// The decay weight applied to the gradient before squaring.
    case decayOnGradient
    /// ε added under the root.
    case epsilonInsideSquareRoot
  }

  /// The hyper-parameters, as the reference RMSProp holds them.
  public var configuration: RMSProp
  /// The mistake made.
  public var flaw: Flaw
  private var squareAverage: [Double] = []
  private var gradientAverage: [Double] = []
  private var buffer: [Double] = []

  /// RMSProp configured as `configuration`, making `flaw`.
  public init(_ configuration: RMSProp, flaw: Flaw = .decayOnGradient) {
    self.configuration = configuration
    self.flaw = flaw
  }

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
      if flaw == .decayOnGradient {
        let weighted = (1 - c.alpha) * g
        squareAverage[i] = c.alpha * squareAverage[i] + weighted * weighted
      } else {
        squareAverage[i] = c.alpha * squareAverage[i] + (1 - c.alpha) * g * g
      }
      var denominator = squareAverage[i]
      if c.centered {
        gradientAverage[i] = c.alpha * gradientAverage[i] + (1 - c.alpha) * g
        denominator -= gradientAverage[i] * gradientAverage[i]
      }
      denominator =
        flaw == .epsilonInsideSquareRoot ? (denominator + c.epsilon).squareRoot() : denominator.squareRoot() + c.epsilon
      if c.momentum > 0 {
        buffer[i] = c.momentum * buffer[i] + g / denominator
        parameters[i] -= c.learningRate * buffer[i]
      } else {
        parameters[i] -= c.learningRate * g / denominator
      }
    }
  }
}
