import DescentContract

/// AdaGrad-Norm: one learning rate for every coordinate, scaled by the sum
/// of the gradients' squared norms.
///
/// ```
/// G ← G + ‖g‖²
/// x ← x − γ g / (√G + ε)
/// ```
struct AdaGradNorm: Optimizer {
  var learningRate: Double
  /// G, the sum of squared norms (starts at `initial_accumulator_value`).
  var accumulator: Double
  var epsilon: Double

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    let gradient = objective.gradient(at: x)
    var squaredNorm = 0.0
    for g in gradient { squaredNorm += g * g }
    accumulator += squaredNorm
    let denominator = accumulator.squareRoot() + epsilon
    let rate = learningRate / denominator
    for i in x.indices { x[i] -= rate * gradient[i] }
  }
}
