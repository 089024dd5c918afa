import DescentContract

/// AdaGrad-Norm written as plain AdaGrad: one sum of g² per coordinate.
struct AdaGradNorm: Optimizer {
  var learningRate: Double
  var accumulator: Double
  var epsilon: Double
  private var sums: [Double] = []

  init(learningRate: Double, accumulator: Double, epsilon: Double) {
    self.learningRate = learningRate
    self.accumulator = accumulator
    self.epsilon = epsilon
  }

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    if sums.isEmpty { sums = Array(repeating: accumulator, count: x.count) }
    let gradient = objective.gradient(at: x)
    for i in x.indices {
      sums[i] += gradient[i] * gradient[i]
      x[i] -= learningRate * gradient[i] / (sums[i].squareRoot() + epsilon)
    }
  }
}
