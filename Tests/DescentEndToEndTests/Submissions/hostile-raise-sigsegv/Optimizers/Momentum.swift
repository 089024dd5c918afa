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
struct Momentum: Optimizer {
  /// α, the learning rate (`lr`).
  var learningRate: Double
  /// ρ, how much of the previous buffer is kept (`momentum`).
  var momentum: Double
  /// τ, how much of each new gradient is left out (`dampening`).
  var dampening: Double
  /// b, the momentum buffer; empty until the first step.
  private var buffer: [Double] = []

  init(learningRate: Double, momentum: Double, dampening: Double) {
    self.learningRate = learningRate
    self.momentum = momentum
    self.dampening = dampening
  }

  mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    let gradient = objective.gradient(at: parameters)
    if buffer.isEmpty {
      buffer = gradient
    } else {
      for i in buffer.indices {
        buffer[i] = momentum * buffer[i] + (1 - dampening) * gradient[i]
      }
    }
    for i in parameters.indices {
      parameters[i] -= learningRate * buffer[i]
    }
  }
}
