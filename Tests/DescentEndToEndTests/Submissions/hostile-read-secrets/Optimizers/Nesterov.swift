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
/// torch: `torch.optim.SGD(params, lr=α, momentum=ρ, nesterov=True)`
/// (torch requires zero dampening with Nesterov).
struct Nesterov: Optimizer {
  /// α, the learning rate (`lr`).
  var learningRate: Double
  /// ρ, how much of the previous buffer is kept (`momentum`).
  var momentum: Double
  /// b, the momentum buffer; empty until the first step.
  private var buffer: [Double] = []

  init(learningRate: Double, momentum: Double) {
    self.learningRate = learningRate
    self.momentum = momentum
  }

  mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    let gradient = objective.gradient(at: parameters)
    if buffer.isEmpty {
      buffer = gradient
    } else {
      for i in buffer.indices {
        buffer[i] = momentum * buffer[i] + gradient[i]
      }
    }
    for i in parameters.indices {
      parameters[i] -= learningRate * (gradient[i] + momentum * buffer[i])
    }
  }
}
