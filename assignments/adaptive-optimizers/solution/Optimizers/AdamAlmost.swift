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
    if firstMoment.isEmpty {
      firstMoment = Array(repeating: 0, count: x.count)
      secondMoment = firstMoment
    }
    let gradient = objective.gradient(at: x)
    for i in x.indices {
      let g = gradient[i]
      firstMoment[i] = beta1 * firstMoment[i] + (1 - beta1) * g
      secondMoment[i] = beta2 * secondMoment[i] + (1 - beta2) * g * g
      x[i] -= learningRate * firstMoment[i] / (secondMoment[i].squareRoot() + epsilon)
    }
  }
}
