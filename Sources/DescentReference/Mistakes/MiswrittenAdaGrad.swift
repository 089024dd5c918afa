import DescentCore

/// AdaGrad written with one of its classic mistakes.
///
/// ```
/// sumOfGradients:           G ← G + g            (the reference: G ← G + g ⊙ g)
/// epsilonInsideSquareRoot:  x ← x − γₜ g / √(G + ε)   (the reference: g / (√G + ε))
/// ```
///
/// √G of a negative sum is NaN, so the first mistake typically breaks the
/// run down within a few steps. The second is how two of the course's notes
/// write AdaGrad (with δ for ε); with torch's ε = 1e-10 it moves a step by
/// about ε / 2G relative, so it shows only where gradients are small
/// (|g| below about 1e-2 at the first step).
public struct MiswrittenAdaGrad: GradientOptimizer, Sendable {
  /// The mistakes this type can make.
  public enum Flaw: String, Sendable, CaseIterable {
    /// G accumulates g instead of g².
    case sumOfGradients
    /// ε added under the root: √(G + ε).
    case epsilonInsideSquareRoot
  }

  /// The hyper-parameters, as the reference AdaGrad holds them.
  public var configuration: AdaGrad
  /// The mistake made.
  public var flaw: Flaw
  private var stepCount = 0
  private var sum: [Double] = []

  /// AdaGrad configured as `configuration`, making `flaw`.
  public init(_ configuration: AdaGrad, flaw: Flaw = .sumOfGradients) {
    self.configuration = configuration
    self.flaw = flaw
  }

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
      switch flaw {
      case .sumOfGradients:
        sum[i] += g
        parameters[i] -= stepLength * g / (sum[i].squareRoot() + c.epsilon)
      case .epsilonInsideSquareRoot:
        sum[i] += g * g
        parameters[i] -= stepLength * g / (sum[i] + c.epsilon).squareRoot()
      }
    }
  }
}
