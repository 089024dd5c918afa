import DescentContract

/// Nonlinear conjugate gradient (Polak–Ribière+ or Fletcher–Reeves) with the
/// grader's strong-Wolfe line search, restarting every n iterations (see the README).
struct ConjugateGradient: Optimizer {
  /// lr: the first step tried after a restart is lr · min(1, 1/‖∇f‖₁).
  var learningRate: Double
  /// Polak–Ribière+ (true) or Fletcher–Reeves (false).
  var polakRibiere: Bool
  /// Stop moving where ‖∇f‖∞ ≤ this.
  var gradientTolerance: Double
  /// The grader's line search.
  let lineSearch: LineSearch

  init(learningRate: Double, polakRibiere: Bool, gradientTolerance: Double, lineSearch: LineSearch) {
    self.learningRate = learningRate
    self.polakRibiere = polakRibiere
    self.gradientTolerance = gradientTolerance
    self.lineSearch = lineSearch
  }

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    // TODO: pₖ = −∇fₖ + βₖpₖ₋₁ (or −∇fₖ at a restart), then lineSearch.step(…).
    throw NotImplemented()
  }
}
