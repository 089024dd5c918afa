import DescentContract

/// Adam: momentum on the gradient (first moment m) and RMSProp's scaling
/// (second moment v), both bias-corrected because they start at zero.
///
/// ```
/// t ← t + 1                          (so t = 1 on the first step)
/// g ← ∇f(x)
/// m ← β₁ m + (1 − β₁) g
/// v ← β₂ v + (1 − β₂) g²
/// m̂ ← m / (1 − β₁ᵗ)
/// v̂ ← v / (1 − β₂ᵗ)
/// x ← x − α m̂ / (√v̂ + ε)
/// ```
///
/// torch: `torch.optim.Adam(params, lr=α, betas=(β₁, β₂), eps=ε)`.
struct Adam: Optimizer {
  /// α, the learning rate (`lr`).
  var learningRate: Double
  /// β₁, the decay of the first moment (`beta1`).
  var beta1: Double
  /// β₂, the decay of the second moment (`beta2`).
  var beta2: Double
  /// ε, added to the root so that the division is safe (`eps`).
  var epsilon: Double
  // TODO: the state this method remembers between steps.

  init(learningRate: Double, beta1: Double, beta2: Double, epsilon: Double) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
  }

  /// One update of `parameters`. `objective.gradient(at: parameters)` gives ∇f(x).
  mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    // TODO: update both moments, bias-correct them, then take the step.
    throw NotImplemented()
  }
}
