import DescentCore

/// BFGS: a quasi-Newton method that builds an approximation Hₖ of the
/// inverse Hessian from the gradients it sees, and steps along −Hₖ∇f with a
/// strong-Wolfe line search.
///
/// ```
/// H₀ = I
/// pₖ = −Hₖ ∇f(xₖ)
/// xₖ₊₁ = xₖ + αₖ pₖ          (αₖ: strong Wolfe; first trial α = lr, or lr·min(1, 1/‖∇f‖₁) while H = I)
/// sₖ = xₖ₊₁ − xₖ,  yₖ = ∇f(xₖ₊₁) − ∇f(xₖ),  ρₖ = 1/(yₖᵀsₖ)
/// Hₖ₊₁ = (I − ρₖ sₖ yₖᵀ) Hₖ (I − ρₖ yₖ sₖᵀ) + ρₖ sₖ sₖᵀ      (Nocedal & Wright eq. 6.17)
/// ```
///
/// The update is skipped (Hₖ₊₁ = Hₖ, counted in ``skippedUpdates``) when
/// yₖᵀsₖ ≤ 0: the curvature pair would make H indefinite. The strong Wolfe
/// conditions guarantee yₖᵀsₖ > 0 in exact arithmetic, so a skip means
/// rounding. Should −Hₖ∇f still fail to point downhill, H is reset to I.
///
/// The update for a step is applied at the start of the next call to
/// ``step(_:on:)``, from the point and gradient remembered from the last
/// call. The point is left unchanged, as converged, where ‖∇f‖∞ ≤
/// `tolerance_grad` or where the line search finds no value below
/// f(x) − 4ε|f(x)| (f is at its rounding floor; see
/// ``LineSearchError/isRoundingStall``). torch.optim has no BFGS; this
/// follows Nocedal & Wright Algorithm 6.1.
public struct BFGS: Optimizer, Sendable {
  /// lr, the first step length the line search tries.
  public var learningRate: Double
  /// The strong Wolfe line search (c₁, c₂, evaluation budget).
  package var lineSearch: StrongWolfeLineSearch
  /// tolerance_grad: at a point where ‖∇f‖∞ is at most this, the step
  /// leaves the parameters unchanged (the method has converged).
  public var gradientTolerance: Double
  /// Hₖ, the current inverse-Hessian approximation; nil before the first step.
  public private(set) var inverseHessian: Matrix?
  /// The record of the most recent accepted line-search step.
  public private(set) var lastLineSearch: LineSearchResult?
  /// How many updates were skipped because yᵀs ≤ 0.
  public private(set) var skippedUpdates = 0
  /// The mistake catalog's flaw: the inverse update with s and y swapped.
  var swapsCurvaturePair = false
  private var previous: (point: [Double], gradient: [Double])?
  private var hasCurvature = false

  /// Creates BFGS with first trial step `learningRate`, `lineSearch`, and
  /// the gradient size below which it stops.
  package init(learningRate: Double = 1, lineSearch: StrongWolfeLineSearch, gradientTolerance: Double = 1e-10) {
    self.learningRate = learningRate
    self.lineSearch = lineSearch
    self.gradientTolerance = gradientTolerance
  }

  /// Updates H from the last step's curvature pair, then takes one step.
  ///
  /// - Throws: ``LineSearchError`` when no step meets the strong Wolfe conditions.
  public mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    let n = parameters.count
    let (value, gradient) = SecondOrderMath.valueAndGradient(at: parameters, on: objective, after: lastLineSearch)
    var inverse = inverseHessian.flatMap { $0.rows == n ? $0 : nil } ?? Self.identity(n)
    if inverse.rows != inverseHessian?.rows { hasCurvature = false }
    if let previous, previous.point.count == n {
      let s = SecondOrderMath.difference(parameters, previous.point)
      let y = SecondOrderMath.difference(gradient, previous.gradient)
      if swapsCurvaturePair ? Self.update(&inverse, s: y, y: s) : Self.update(&inverse, s: s, y: y) {
        hasCurvature = true
      } else {
        skippedUpdates += 1
      }
    }
    previous = nil
    inverseHessian = inverse
    lastLineSearch = nil
    guard !SecondOrderMath.isConverged(gradient, tolerance: gradientTolerance) else { return }
    var direction = Self.product(inverse, gradient).map { -$0 }
    if !(SecondOrderMath.dot(direction, gradient) < 0) {
      inverseHessian = Self.identity(n)
      hasCurvature = false
      direction = gradient.map { -$0 }
    }
    let initialStep =
      hasCurvature ? learningRate : SecondOrderMath.firstStep(learningRate: learningRate, gradient: gradient)
    guard
      let result = try lineSearch.stepUnlessStalled(
        on: objective, from: parameters, value: value, gradient: gradient, direction: direction,
        initialStep: initialStep)
    else { return }
    previous = (parameters, gradient)
    lastLineSearch = result
    parameters = result.point
  }

  /// Applies the inverse BFGS update to `inverse` in place; returns false
  /// (and leaves it alone) when yᵀs ≤ 0 or ρ is not finite.
  static func update(_ inverse: inout Matrix, s: [Double], y: [Double]) -> Bool {
    let curvature = SecondOrderMath.dot(y, s)
    let rho = 1 / curvature
    guard curvature > 0, rho.isFinite else { return false }
    // H⁺ = H − ρ(H y sᵀ + s yᵀ H) + (ρ² yᵀHy + ρ) s sᵀ, H symmetric.
    let hy = product(inverse, y)
    let yhy = SecondOrderMath.dot(y, hy)
    let scale = rho * rho * yhy + rho
    let n = s.count
    for i in 0..<n {
      for j in 0..<n {
        inverse[i, j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + scale * s[i] * s[j]
      }
    }
    return true
  }

  static func identity(_ n: Int) -> Matrix {
    var matrix = Matrix(rows: n, columns: n)
    for i in 0..<n { matrix[i, i] = 1 }
    return matrix
  }

  static func product(_ matrix: Matrix, _ vector: [Double]) -> [Double] {
    (0..<matrix.rows).map { i in
      var sum = 0.0
      for j in 0..<matrix.columns { sum += matrix[i, j] * vector[j] }
      return sum
    }
  }
}
