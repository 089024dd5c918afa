import DescentContract

/// The lecture's "Adam (almost)": Adam's two moments without bias
/// correction.
///
/// ```
/// m ← β₁ m + (1 − β₁) g
/// v ← β₂ v + (1 − β₂) g²
/// x ← x − α m / (√v + ε)
/// ```
struct AdamAlmost: Optimizer {
  var learningRate: Double
  var beta1: Double
  var beta2: Double
  var epsilon: Double
  private var firstMoment: [Double] = []
  private var secondMoment: [Double] = []

  init(learningRate: Double, beta1: Double, beta2: Double, epsilon: Double) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
  }

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    // TODO: one step of the update above.
    throw NotImplemented()
  }
}
