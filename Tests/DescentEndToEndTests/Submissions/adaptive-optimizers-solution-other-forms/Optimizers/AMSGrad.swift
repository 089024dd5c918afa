import DescentContract

/// AMSGrad (Reddi, Kale and Kumar 2018; torch's Adam with amsgrad=True):
/// Adam dividing by the largest second moment seen so far, so that a
/// coordinate's step never grows back.
///
/// ```
/// t ← t + 1
/// m ← β₁ m + (1 − β₁) g
/// v ← β₂ v + (1 − β₂) g²
/// v_max ← max(v_max, v)
/// x ← x − α (m / (1 − β₁ᵗ)) / (√(v_max / (1 − β₂ᵗ)) + ε)
/// ```
struct AMSGrad: Optimizer {
  var learningRate: Double
  var beta1: Double
  var beta2: Double
  var epsilon: Double
  private var firstMoment: [Double] = []
  private var secondMoment: [Double] = []
  private var largestSecondMoment: [Double] = []
  private var beta1Power = 1.0
  private var beta2Power = 1.0

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
      largestSecondMoment = firstMoment
    }
    let gradient = objective.gradient(at: x)
    beta1Power *= beta1
    beta2Power *= beta2
    for i in x.indices {
      let g = gradient[i]
      firstMoment[i] = beta1 * firstMoment[i] + (1 - beta1) * g
      secondMoment[i] = beta2 * secondMoment[i] + (1 - beta2) * g * g
      largestSecondMoment[i] = max(largestSecondMoment[i], secondMoment[i])
      // torch's order: denominator √v̂max / √(1 − β₂ᵗ) + ε, step size lr / (1 − β₁ᵗ).
      let denominator = largestSecondMoment[i].squareRoot() / (1 - beta2Power).squareRoot() + epsilon
      x[i] -= learningRate / (1 - beta1Power) * firstMoment[i] / denominator
    }
  }
}
