import DescentCore
import Foundation

/// Adam (or AdamW) written with one classic mistake, for the mistake catalog.
///
/// The reference's update, with the flaw marked:
///
/// ```
/// t ← t + 1
/// g ← ∇f(x) + λx          (Adam's L2; AdamW instead shrinks x ← x − γλx first)
/// m ← β₁m + (1 − β₁)g,   v ← β₂v + (1 − β₂) g ⊙ g
/// stepCounterFromZero:      m̂ = m/(1 − β₁ᵗ⁻¹), v̂ = v/(1 − β₂ᵗ⁻¹)   (t incremented after use: ÷0 at the first step)
/// swappedBiasCorrections:   m̂ = m/(1 − β₂ᵗ),   v̂ = v/(1 − β₁ᵗ)
/// otherwise                 m̂ = m/(1 − β₁ᵗ),   v̂ = v/(1 − β₂ᵗ)
/// epsilonInsideSquareRoot:  x ← x − γ m̂ / √(v̂ + ε)
/// otherwise                 x ← x − γ m̂ / (√v̂ + ε)
/// ```
///
/// Its hyper-parameters are those of the reference ``Adam`` it is built
/// from; with `decoupledWeightDecay` the weight decay is AdamW's.
public struct MiswrittenAdam: GradientOptimizer, Sendable {
  /// The mistakes this type can make.
  public enum Flaw: String, Sendable, CaseIterable {
    /// t is incremented after the bias corrections use it.
    case stepCounterFromZero
    /// ε added to v̂ under the square root.
    case epsilonInsideSquareRoot
    /// m̂ corrected with β₂ and v̂ with β₁.
    case swappedBiasCorrections
  }

  /// The hyper-parameters, as the reference Adam holds them.
  public var configuration: Adam
  /// AdamW's decay x ← x − γλx instead of Adam's g ← g + λx.
  public var decoupledWeightDecay: Bool
  /// The mistake made.
  public var flaw: Flaw
  private var stepCount = 0
  private var firstMoment: [Double] = []
  private var secondMoment: [Double] = []
  private var maxSecondMoment: [Double] = []

  /// Adam configured as `configuration`, making `flaw`.
  public init(_ configuration: Adam, flaw: Flaw, decoupledWeightDecay: Bool = false) {
    self.configuration = configuration
    self.flaw = flaw
    self.decoupledWeightDecay = decoupledWeightDecay
  }

  /// One step of the flawed update above.
  public mutating func update(_ parameters: inout [Double], gradient: [Double]) throws {
    try OptimizerInputError.check(
      "adam", parameters: parameters.count, gradient: gradient.count, stateCount: firstMoment.count)
    let c = configuration
    if firstMoment.isEmpty {
      firstMoment = [Double](repeating: 0, count: parameters.count)
      secondMoment = firstMoment
      maxSecondMoment = firstMoment
    }
    stepCount += 1
    let t = Double(flaw == .stepCounterFromZero ? stepCount - 1 : stepCount)
    var correction1 = c.biasCorrection ? 1 - pow(c.beta1, t) : 1
    var correction2 = c.biasCorrection ? 1 - pow(c.beta2, t) : 1
    if flaw == .swappedBiasCorrections { swap(&correction1, &correction2) }
    for i in parameters.indices {
      var g = gradient[i]
      if c.weightDecay != 0 {
        if decoupledWeightDecay {
          parameters[i] *= 1 - c.learningRate * c.weightDecay
        } else {
          g += c.weightDecay * parameters[i]
        }
      }
      firstMoment[i] = c.beta1 * firstMoment[i] + (1 - c.beta1) * g
      secondMoment[i] = c.beta2 * secondMoment[i] + (1 - c.beta2) * g * g
      maxSecondMoment[i] = max(maxSecondMoment[i], secondMoment[i])
      let mHat = firstMoment[i] / correction1
      let vHat = (c.amsgrad ? maxSecondMoment[i] : secondMoment[i]) / correction2
      let denominator =
        flaw == .epsilonInsideSquareRoot ? (vHat + c.epsilon).squareRoot() : vHat.squareRoot() + c.epsilon
      parameters[i] -= c.learningRate * mHat / denominator
    }
  }
}
