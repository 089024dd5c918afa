import DescentContract

/// Nesterov's accelerated gradient in the look-ahead (Sutskever) form: the
/// gradient is taken where momentum is about to carry the parameters.
///
/// ```
/// v ← ρ v − α ∇f(x + ρ v)        (v starts at 0)
/// x ← x + v
/// ```
struct Nesterov: Optimizer {
  /// α, the learning rate (`lr`).
  var learningRate: Double
  /// ρ, how much of the previous velocity is kept (`momentum`).
  var momentum: Double
  /// v, the velocity; empty until the first step.
  private var velocity: [Double] = []

  init(learningRate: Double, momentum: Double) {
    self.learningRate = learningRate
    self.momentum = momentum
  }

  mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    if velocity.isEmpty {
      velocity = Array(repeating: 0, count: parameters.count)
    }
    var lookAhead = parameters
    for i in lookAhead.indices {
      lookAhead[i] += momentum * velocity[i]
    }
    let gradient = objective.gradient(at: lookAhead)
    for i in parameters.indices {
      velocity[i] = momentum * velocity[i] - learningRate * gradient[i]
      parameters[i] += velocity[i]
    }
  }
}
