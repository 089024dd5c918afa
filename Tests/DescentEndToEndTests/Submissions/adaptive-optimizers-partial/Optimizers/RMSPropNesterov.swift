import DescentContract

/// RMSProp with Nesterov momentum, Algorithm 8.7 of the Deep Learning book:
/// the gradient at the look-ahead point, scaled by RMSProp's running root.
///
/// ```
/// x̃ ← x + α v
/// g ← ∇f(x̃)
/// r ← ρ r + (1 − ρ) g²
/// v ← α v − γ g / (√r + ε)
/// x ← x + v
/// ```
struct RMSPropNesterov: Optimizer {
  var learningRate: Double
  var rho: Double
  var momentum: Double
  var epsilon: Double
  private var squareAverage: [Double] = []
  private var velocity: [Double] = []

  init(learningRate: Double, rho: Double, momentum: Double, epsilon: Double) {
    self.learningRate = learningRate
    self.rho = rho
    self.momentum = momentum
    self.epsilon = epsilon
  }

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    // TODO: one step of the update above.
    throw NotImplemented()
  }
}
