import DescentContract

/// Gradient descent: x ← x − η∇f(x).
struct GradientDescent: Optimizer {
  /// η, the learning rate.
  var learningRate: Double

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    let gradient = objective.gradient(at: x)
    for i in x.indices {
      x[i] += learningRate * gradient[i]
    }
  }
}
