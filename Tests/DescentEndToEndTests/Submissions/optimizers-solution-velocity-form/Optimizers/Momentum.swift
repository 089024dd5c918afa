import DescentContract

/// Gradient descent with (heavy-ball) momentum, in the velocity form: the
/// velocity v already contains the learning rate.
///
/// ```
/// v ← −α g                    on the first step
/// v ← ρ v − α (1 − τ) g       on every later step
/// x ← x + v
/// ```
///
/// This visits the same points as torch's form (v = −α b).
struct Momentum: Optimizer {
  /// α, the learning rate (`lr`).
  var learningRate: Double
  /// ρ, how much of the previous velocity is kept (`momentum`).
  var momentum: Double
  /// τ, how much of each new gradient is left out (`dampening`).
  var dampening: Double
  /// v, the velocity; empty until the first step.
  private var velocity: [Double] = []

  init(learningRate: Double, momentum: Double, dampening: Double) {
    self.learningRate = learningRate
    self.momentum = momentum
    self.dampening = dampening
  }

  mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    let gradient = objective.gradient(at: parameters)
    if velocity.isEmpty {
      velocity = gradient.map { -learningRate * $0 }
    } else {
      for i in velocity.indices {
        velocity[i] = momentum * velocity[i] - learningRate * (1 - dampening) * gradient[i]
      }
    }
    for i in parameters.indices {
      parameters[i] += velocity[i]
    }
  }
}
