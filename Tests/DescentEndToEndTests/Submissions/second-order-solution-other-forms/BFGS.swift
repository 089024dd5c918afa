import DescentContract

/// BFGS with the grader's strong-Wolfe line search.
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
  private var inverseHessian: [[Double]]?
  private var previous: (point: [Double], gradient: [Double])?
  private var hasCurvature = false

  init(learningRate: Double, gradientTolerance: Double, lineSearch: LineSearch) {
    self.learningRate = learningRate
    self.gradientTolerance = gradientTolerance
    self.lineSearch = lineSearch
  }

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    let n = x.count
    let value = objective.value(at: x)
    let g = objective.gradient(at: x)
    var h = inverseHessian ?? identity(n)
    if let previous {
      let s = (0..<n).map { x[$0] - previous.point[$0] }
      let y = (0..<n).map { g[$0] - previous.gradient[$0] }
      let ys = dot(y, s)
      if ys > 0 {
        h = updated(h, s: s, y: y, rho: 1 / ys)
        hasCurvature = true
      }
    }
    previous = nil
    inverseHessian = h
    guard g.map(abs).max() ?? 0 > gradientTolerance else { return }
    var p = (0..<n).map { i in -dot(h[i], g) }
    if !(dot(p, g) < 0) {
      inverseHessian = identity(n)
      hasCurvature = false
      p = g.map { -$0 }
    }
    let initialStep = hasCurvature ? learningRate : learningRate * min(1, 1 / g.map(abs).reduce(0, +))
    guard
      let accepted = try lineSearch.step(from: x, value: value, gradient: g, direction: p, initialStep: initialStep)
    else { return }
    previous = (x, g)
    x = accepted.point
  }

  /// H + (ρ² yᵀHy + ρ) ssᵀ − ρ (Hy sᵀ + s yᵀH): the same update expanded, Hy computed once.
  private func updated(_ h: [[Double]], s: [Double], y: [Double], rho: Double) -> [[Double]] {
    let n = s.count
    let hy = (0..<n).map { i in dot(h[i], y) }
    let yhy = dot(y, hy)
    let coefficient = rho * rho * yhy + rho
    return (0..<n).map { i in
      (0..<n).map { j in h[i][j] + coefficient * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]) }
    }
  }

  private func identity(_ n: Int) -> [[Double]] {
    (0..<n).map { i in (0..<n).map { j in i == j ? 1 : 0 } }
  }
}
