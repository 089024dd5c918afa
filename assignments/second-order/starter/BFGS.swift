import DescentContract

/// BFGS with the grader's strong-Wolfe line search (see the README for
/// every rule the reference follows).
///
///     H₀ = I;  pₖ = −Hₖ∇fₖ;  xₖ₊₁ = xₖ + αₖpₖ
///     sₖ = xₖ₊₁ − xₖ,  yₖ = ∇fₖ₊₁ − ∇fₖ,  ρₖ = 1 / yₖᵀsₖ
///     Hₖ₊₁ = (I − ρₖsₖyₖᵀ) Hₖ (I − ρₖyₖsₖᵀ) + ρₖsₖsₖᵀ      (only when yₖᵀsₖ > 0)
struct BFGS: Optimizer {
  /// lr: the first step the line search tries once H holds curvature.
  var learningRate: Double
  /// Stop moving where ‖∇f‖∞ ≤ this.
  var gradientTolerance: Double
  /// The grader's line search.
  let lineSearch: LineSearch

  init(learningRate: Double, gradientTolerance: Double, lineSearch: LineSearch) {
    self.learningRate = learningRate
    self.gradientTolerance = gradientTolerance
    self.lineSearch = lineSearch
  }

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    // TODO: update H from the last step's (s, y), then step along −H∇f with lineSearch.step(…).
    throw NotImplemented()
  }
}
