import DescentContract

/// AdamW (Loshchilov and Hutter; torch's AdamW): Adam with the weight decay
/// decoupled from the gradient: the parameters shrink first, then take
/// Adam's step with the gradient at the point before the shrink.
///
/// ```
/// t ← t + 1
/// g ← ∇f(x)
/// x ← x − α λ x
/// m ← β₁ m + (1 − β₁) g,   v ← β₂ v + (1 − β₂) g²
/// x ← x − α (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε)
/// ```
struct AdamW: Optimizer {
  var learningRate: Double
  var beta1: Double
  var beta2: Double
  var epsilon: Double
  var weightDecay: Double
  private var firstMoment: [Double] = []
  private var secondMoment: [Double] = []
  private var beta1Power = 1.0
  private var beta2Power = 1.0

  init(learningRate: Double, beta1: Double, beta2: Double, epsilon: Double, weightDecay: Double) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.weightDecay = weightDecay
  }

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    if firstMoment.isEmpty {
      firstMoment = Array(repeating: 0, count: x.count)
      secondMoment = firstMoment
    }
    let gradient = objective.gradient(at: x)
    beta1Power *= beta1
    beta2Power *= beta2
    for i in x.indices {
      let g = gradient[i]
      x[i] *= 1 - learningRate * weightDecay
      firstMoment[i] += (1 - beta1) * (g - firstMoment[i])
      secondMoment[i] += (1 - beta2) * (g * g - secondMoment[i])
      let mHat = firstMoment[i] / (1 - beta1Power)
      let vHat = secondMoment[i] / (1 - beta2Power)
      x[i] -= learningRate * mHat / (vHat.squareRoot() + epsilon)
    }
  }
}
