import DescentContract

/// Gradient descent, the update written as a new array.
struct GradientDescent: Optimizer {
  var learningRate: Double

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    let g = objective.gradient(at: x)
    x = zip(x, g).map { $0 - learningRate * $1 }
  }
}
