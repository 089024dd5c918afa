import DescentContract

/// Gradient descent with (heavy-ball) momentum, in torch's form: the buffer
/// b accumulates gradients, and the step follows b instead of g.
///
/// ```
/// g ← ∇f(x)
/// b ← g                    on the first step
/// b ← ρ b + (1 − τ) g      on every later step
/// x ← x − α b
/// ```
///
/// torch: `torch.optim.SGD(params, lr=α, momentum=ρ, dampening=τ)`.
/// The velocity form v ← ρ v − α g, x ← x + v is accepted too (see the README).
struct Momentum: Optimizer {
  /// α, the learning rate (`lr`).
  var learningRate: Double
  /// ρ, how much of the previous buffer is kept (`momentum`).
  var momentum: Double
  /// τ, how much of each new gradient is left out (`dampening`).
  var dampening: Double
  // TODO: the state this method remembers between steps.

  init(learningRate: Double, momentum: Double, dampening: Double) {
    self.learningRate = learningRate
    self.momentum = momentum
    self.dampening = dampening
  }

  /// One update of `parameters`. `objective.gradient(at: parameters)` gives ∇f(x).
  mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    // TODO: update the buffer, then the parameters.
    throw NotImplemented()
  }
}
