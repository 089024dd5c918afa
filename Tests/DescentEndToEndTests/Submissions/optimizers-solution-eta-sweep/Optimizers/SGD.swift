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

  mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    let gradient = objective.gradient(at: parameters)
    for i in parameters.indices {
      parameters[i] = parameters[i] - learningRate * gradient[i]
    }
  }
}
