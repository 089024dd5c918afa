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
    if velocity.isEmpty {
      velocity = Array(repeating: 0, count: x.count)
      squareAverage = velocity
    }
    var lookAhead = x
    for i in x.indices { lookAhead[i] += momentum * velocity[i] }
    let gradient = objective.gradient(at: lookAhead)
    for i in x.indices {
      let g = gradient[i]
      squareAverage[i] += (1 - rho) * (g * g - squareAverage[i])
      velocity[i] = momentum * velocity[i] - learningRate * g / (squareAverage[i].squareRoot() + epsilon)
      x[i] += velocity[i]
    }
  }
}
