import DescentCore

/// SGD with momentum (torch's velocity form) written with one classic
/// mistake, for the mistake catalog.
///
/// The reference's update, with the flaw marked:
///
/// ```
/// g ← ∇f(x) + λx
/// first step:   b ← g                      dampenedFirstStep:  b ← (1 − τ)g
/// afterwards:   b ← ρb + (1 − τ)g          signFlipped:        b ← ρb − (1 − τ)g
/// x ← x − αb
/// ```
///
/// A student who flips the sign keeps the first step right (b = g) and then
/// subtracts each new gradient from the buffer, so the buffer soon points uphill.
public struct MiswrittenMomentum: GradientOptimizer, Sendable {
  /// The mistakes this type can make.
  public enum Flaw: String, Sendable, CaseIterable {
    /// The gradient is subtracted from the buffer after the first step.
    case signFlipped
    /// The first buffer is (1 − τ)g instead of g.
    case dampenedFirstStep
  }

  /// The hyper-parameters, as the reference SGD holds them (no Nesterov).
  public var configuration: SGD
  /// The mistake made.
  public var flaw: Flaw
  private var buffer: [Double] = []

  /// SGD with momentum configured as `configuration`, making `flaw`.
  public init(_ configuration: SGD, flaw: Flaw) {
    self.configuration = configuration
    self.flaw = flaw
  }

  /// One step of the flawed update above.
  public mutating func update(_ parameters: inout [Double], gradient: [Double]) throws {
    try OptimizerInputError.check(
      "sgd", parameters: parameters.count, gradient: gradient.count, stateCount: buffer.count)
    let c = configuration
    let sign: Double = flaw == .signFlipped ? -1 : 1
    let isFirst = buffer.isEmpty
    if isFirst { buffer = [Double](repeating: 0, count: parameters.count) }
    for i in parameters.indices {
      let g = decayed(gradient[i], at: parameters[i], weightDecay: c.weightDecay)
      if isFirst {
        buffer[i] = flaw == .dampenedFirstStep ? (1 - c.dampening) * g : g
      } else {
        buffer[i] = c.momentum * buffer[i] + sign * (1 - c.dampening) * g
      }
      parameters[i] -= c.learningRate * buffer[i]
    }
  }
}
