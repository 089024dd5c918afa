import DescentContract

/// L-BFGS: the last m pairs (s, y) and the two-loop recursion, with the
/// grader's strong-Wolfe line search (see the README).
struct LBFGS: Optimizer {
  /// lr: the first step the line search tries once the history holds a pair.
  var learningRate: Double
  /// m, the pairs kept.
  var historySize: Int
  /// Stop moving where ‖∇f‖∞ ≤ this.
  var gradientTolerance: Double
  /// The grader's line search.
  let lineSearch: LineSearch

  init(learningRate: Double, historySize: Int, gradientTolerance: Double, lineSearch: LineSearch) {
    self.learningRate = learningRate
    self.historySize = historySize
    self.gradientTolerance = gradientTolerance
    self.lineSearch = lineSearch
  }

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    // TODO: keep the newest m pairs, compute H∇f by the two-loop recursion, step along −H∇f.
    throw NotImplemented()
  }
}
