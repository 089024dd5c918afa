import DescentContract

/// Gradient descent: x ← x − η∇f(x).
struct GradientDescent: Optimizer {
  /// η, the learning rate.
  var learningRate: Double

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    // TODO: one step against the gradient at the current point.
    throw NotImplemented()
  }
}
