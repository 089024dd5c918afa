import DescentContract

/// Nesterov's accelerated gradient, in torch's form: the buffer is updated
/// as for momentum, and the step uses the gradient plus ρ times the new
/// buffer, a "look-ahead" without evaluating the gradient anywhere else.
///
/// ```
/// g ← ∇f(x)
/// b ← g                    on the first step
/// b ← ρ b + g              on every later step
/// x ← x − α (g + ρ b)
/// ```
///
/// torch: `torch.optim.SGD(params, lr=α, momentum=ρ, nesterov=True)`.
/// The look-ahead form v ← ρ v − α ∇f(x + ρ v), x ← x + v is accepted too
/// (see the README).
struct Nesterov: Optimizer {
  /// α, the learning rate (`lr`).
  var learningRate: Double
  /// ρ, how much of the previous buffer is kept (`momentum`).
  var momentum: Double
  // TODO: the state this method remembers between steps.

  init(learningRate: Double, momentum: Double) {
    self.learningRate = learningRate
    self.momentum = momentum
  }

  /// One update of `parameters`. `objective.gradient(at: point)` gives ∇f at any point.
  mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    // TODO: update the buffer, then the parameters.
    throw NotImplemented()
  }
}
