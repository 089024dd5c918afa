import DescentContract

/// Gradient descent: step against the gradient, scaled by the learning rate.
///
/// ```
/// g ← ∇f(x)
/// x ← x − α g
/// ```
///
/// torch: `torch.optim.SGD(params, lr=α)` with `momentum=0`.
struct SGD: Optimizer {
  /// α, the learning rate (`lr`).
  var learningRate: Double

  /// One update of `parameters`. `objective.gradient(at: parameters)` gives ∇f(x).
  mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    // TODO: take one gradient-descent step.
    throw NotImplemented()
  }
}
