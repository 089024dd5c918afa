import DescentContract

/// AdaDelta (Zeiler 2012, torch's Adadelta): the step is the gradient
/// scaled by the ratio of two running roots, of past steps and of past
/// squared gradients.
///
/// ```
/// v ← ρ v + (1 − ρ) g²
/// Δ ← √(u + ε) / √(v + ε) · g
/// u ← ρ u + (1 − ρ) Δ²
/// x ← x − γ Δ
/// ```
struct AdaDelta: Optimizer {
  var learningRate: Double
  var rho: Double
  var epsilon: Double
  private var squareAverage: [Double] = []
  private var deltaSquareAverage: [Double] = []

  init(learningRate: Double, rho: Double, epsilon: Double) {
    self.learningRate = learningRate
    self.rho = rho
    self.epsilon = epsilon
  }

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    if squareAverage.isEmpty {
      squareAverage = Array(repeating: 0, count: x.count)
      deltaSquareAverage = squareAverage
    }
    let gradient = objective.gradient(at: x)
    for i in x.indices {
      let g = gradient[i]
      squareAverage[i] = rho * squareAverage[i] + (1 - rho) * g * g
      let delta = ((deltaSquareAverage[i] + epsilon) / (squareAverage[i] + epsilon)).squareRoot() * g
      deltaSquareAverage[i] = rho * deltaSquareAverage[i] + (1 - rho) * delta * delta
      x[i] -= learningRate * delta
    }
  }
}
