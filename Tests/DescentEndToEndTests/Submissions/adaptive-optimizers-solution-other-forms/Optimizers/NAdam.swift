import DescentContract

/// NAdam (Dozat 2016; torch's NAdam): Adam whose first moment is read with
/// Nesterov's look-ahead, with the momentum schedule μₜ.
///
/// ```
/// t ← t + 1
/// μₜ = β₁ (1 − ½·0.96^(tψ)),   μₜ₊₁ = β₁ (1 − ½·0.96^((t+1)ψ))
/// Π ← Π·μₜ                                       (Π starts at 1)
/// m ← β₁ m + (1 − β₁) g,   v ← β₂ v + (1 − β₂) g²
/// d = √(v / (1 − β₂ᵗ)) + ε
/// x ← x − α(1 − μₜ)/(1 − Π) · g/d − α μₜ₊₁/(1 − Π μₜ₊₁) · m/d
/// ```
struct NAdam: Optimizer {
  var learningRate: Double
  var beta1: Double
  var beta2: Double
  var epsilon: Double
  var momentumDecay: Double
  private var firstMoment: [Double] = []
  private var secondMoment: [Double] = []
  private var stepCount = 0
  private var momentumProduct = 1.0

  init(learningRate: Double, beta1: Double, beta2: Double, epsilon: Double, momentumDecay: Double) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.momentumDecay = momentumDecay
  }

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    if firstMoment.isEmpty {
      firstMoment = Array(repeating: 0, count: x.count)
      secondMoment = firstMoment
    }
    let gradient = objective.gradient(at: x)
    stepCount += 1
    let t = Double(stepCount)
    let mu = beta1 * (1 - 0.5 * pow(0.96, t * momentumDecay))
    let muNext = beta1 * (1 - 0.5 * pow(0.96, (t + 1) * momentumDecay))
    momentumProduct *= mu
    let correction2 = 1 - pow(beta2, t)
    for i in x.indices {
      let g = gradient[i]
      firstMoment[i] += (1 - beta1) * (g - firstMoment[i])
      secondMoment[i] += (1 - beta2) * (g * g - secondMoment[i])
      let d = secondMoment[i].squareRoot() / correction2.squareRoot() + epsilon
      let blend = (1 - mu) / (1 - momentumProduct) * g + muNext / (1 - momentumProduct * muNext) * firstMoment[i]
      x[i] -= learningRate * blend / d
    }
  }
}
