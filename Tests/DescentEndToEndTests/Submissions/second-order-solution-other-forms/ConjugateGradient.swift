import DescentContract

/// Nonlinear conjugate gradient (Polak–Ribière+ or Fletcher–Reeves) with the
/// grader's strong-Wolfe line search, restarting every n iterations.
struct ConjugateGradient: Optimizer {
  /// lr: the first step tried after a restart is lr · min(1, 1/‖∇f‖₁).
  var learningRate: Double
  /// Polak–Ribière+ (true) or Fletcher–Reeves (false).
  var polakRibiere: Bool
  /// Stop moving where ‖∇f‖∞ ≤ this.
  var gradientTolerance: Double
  /// The grader's line search.
  let lineSearch: LineSearch
  private var previous: (gradient: [Double], direction: [Double], step: Double, slope: Double)?
  private var sinceRestart = 0

  init(learningRate: Double, polakRibiere: Bool, gradientTolerance: Double, lineSearch: LineSearch) {
    self.learningRate = learningRate
    self.polakRibiere = polakRibiere
    self.gradientTolerance = gradientTolerance
    self.lineSearch = lineSearch
  }

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    let value = objective.value(at: x)
    let g = objective.gradient(at: x)
    guard g.map(abs).max() ?? 0 > gradientTolerance else { return }
    var p = g.map { -$0 }
    var initialStep = learningRate * min(1, 1 / g.map(abs).reduce(0, +))
    if let previous {
      if sinceRestart < x.count {
        let old = previous.gradient
        let beta =
          polakRibiere
          ? max(0, (dot(g, g) - dot(g, old)) / dot(old, old))
          : dot(g, g) / dot(old, old)
        let conjugate = g.indices.map { -g[$0] + beta * previous.direction[$0] }
        let slope = dot(g, conjugate)
        if slope < 0 {
          p = conjugate
          let scaled = previous.step * previous.slope / slope
          if scaled.isFinite, scaled > 0 { initialStep = scaled }
        } else {
          sinceRestart = 0
        }
      } else {
        sinceRestart = 0
      }
    }
    guard
      let accepted = try lineSearch.step(from: x, value: value, gradient: g, direction: p, initialStep: initialStep)
    else { return }
    previous = (g, p, accepted.step, accepted.initialSlope)
    sinceRestart += 1
    x = accepted.point
  }
}
