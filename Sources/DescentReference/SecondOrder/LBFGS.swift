import DescentCore

/// L-BFGS: BFGS that keeps only the last m curvature pairs (sᵢ, yᵢ) and
/// applies the inverse-Hessian approximation by the two-loop recursion,
/// stepping with a strong-Wolfe line search.
///
/// ```
/// q = ∇f(xₖ)
/// for i = k−1, …, k−m:   ρᵢ = 1/(yᵢᵀsᵢ);  aᵢ = ρᵢ sᵢᵀq;  q ← q − aᵢ yᵢ
/// r = γₖ q,   γₖ = sₖ₋₁ᵀyₖ₋₁ / yₖ₋₁ᵀyₖ₋₁    (γ = 1 while the history is empty)
/// for i = k−m, …, k−1:   b = ρᵢ yᵢᵀr;  r ← r + sᵢ(aᵢ − b)
/// pₖ = −r
/// xₖ₊₁ = xₖ + αₖ pₖ          (αₖ: strong Wolfe, c₁ = 1e-4, c₂ = 0.9; first trial α = lr,
///                              lr·min(1, 1/‖∇f‖₁) while the history is empty)
/// sₖ = xₖ₊₁ − xₖ,  yₖ = ∇f(xₖ₊₁) − ∇f(xₖ)      (dropped when yₖᵀsₖ ≤ 0)
/// ```
///
/// Nocedal & Wright Algorithms 7.4 and 7.5, with the line search of
/// Algorithms 3.5 and 3.6 (``StrongWolfeLineSearch``). torch.optim.LBFGS
/// runs up to `max_iter` of these iterations per `step()` call and defaults
/// to a history of 100; here one ``step(_:on:)`` is one iteration and the
/// history defaults to 10. The point is left unchanged, as converged, where
/// ‖∇f‖∞ ≤ `tolerance_grad` or where the line search finds no value below
/// f(x) − 4ε|f(x)| (see ``LineSearchError/isRoundingStall``).
public struct LBFGS: Optimizer, Sendable {
  /// lr, the first step length the line search tries.
  public var learningRate: Double
  /// m, how many curvature pairs are kept.
  public var historySize: Int
  /// The strong Wolfe line search (c₁, c₂, evaluation budget).
  package var lineSearch: StrongWolfeLineSearch
  /// tolerance_grad: at a point where ‖∇f‖∞ is at most this, the step
  /// leaves the parameters unchanged (the method has converged).
  public var gradientTolerance: Double
  /// The record of the most recent accepted line-search step.
  public private(set) var lastLineSearch: LineSearchResult?
  /// How many curvature pairs were dropped because yᵀs ≤ 0.
  public private(set) var skippedUpdates = 0
  /// The kept pairs, oldest first.
  private var pairs: [CurvaturePair] = []
  /// Whether r starts as γₖq (Nocedal & Wright eq. 7.20) rather than q; the
  /// mistake catalog turns it off.
  var scalesInitialHessian = true
  /// The mistake catalog's flaw: the first loop runs oldest to newest and the second newest to oldest.
  var reversesLoops = false
  private var previous: (point: [Double], gradient: [Double])?

  /// Creates L-BFGS with first trial step `learningRate`, history m,
  /// `lineSearch`, and the gradient size below which it stops.
  package init(
    learningRate: Double = 1, historySize: Int = 10, lineSearch: StrongWolfeLineSearch,
    gradientTolerance: Double = 1e-10
  ) {
    self.learningRate = learningRate
    self.historySize = max(1, historySize)
    self.lineSearch = lineSearch
    self.gradientTolerance = gradientTolerance
  }

  /// The number of curvature pairs currently kept.
  public var historyCount: Int { pairs.count }

  /// Records the last step's curvature pair, then takes one step.
  ///
  /// - Throws: ``LineSearchError`` when no step meets the strong Wolfe conditions.
  public mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    let (value, gradient) = SecondOrderMath.valueAndGradient(at: parameters, on: objective, after: lastLineSearch)
    if let previous, previous.point.count == parameters.count {
      let pair = CurvaturePair(
        s: SecondOrderMath.difference(parameters, previous.point),
        y: SecondOrderMath.difference(gradient, previous.gradient))
      if let pair {
        pairs.append(pair)
        if pairs.count > historySize { pairs.removeFirst(pairs.count - historySize) }
      } else {
        skippedUpdates += 1
      }
    }
    previous = nil
    lastLineSearch = nil
    guard !SecondOrderMath.isConverged(gradient, tolerance: gradientTolerance) else { return }
    var direction = twoLoopDirection(gradient)
    if !(SecondOrderMath.dot(direction, gradient) < 0) {
      pairs.removeAll()
      direction = gradient.map { -$0 }
    }
    let initialStep =
      pairs.isEmpty ? SecondOrderMath.firstStep(learningRate: learningRate, gradient: gradient) : learningRate
    guard
      let result = try lineSearch.stepUnlessStalled(
        on: objective, from: parameters, value: value, gradient: gradient, direction: direction,
        initialStep: initialStep)
    else { return }
    previous = (parameters, gradient)
    lastLineSearch = result
    parameters = result.point
  }

  /// −H∇f by the two-loop recursion over the kept pairs.
  private func twoLoopDirection(_ gradient: [Double]) -> [Double] {
    var q = gradient
    var coefficients = [Double](repeating: 0, count: pairs.count)
    let firstLoopOrder: [Int] = reversesLoops ? Array(pairs.indices) : pairs.indices.reversed()
    for index in firstLoopOrder {
      let pair = pairs[index]
      let a = pair.rho * SecondOrderMath.dot(pair.s, q)
      coefficients[index] = a
      for i in q.indices { q[i] -= a * pair.y[i] }
    }
    if scalesInitialHessian, let newest = pairs.last {
      let gamma = SecondOrderMath.dot(newest.s, newest.y) / SecondOrderMath.dot(newest.y, newest.y)
      for i in q.indices { q[i] *= gamma }
    }
    for index in firstLoopOrder.reversed() {
      let pair = pairs[index]
      let b = pair.rho * SecondOrderMath.dot(pair.y, q)
      for i in q.indices { q[i] += pair.s[i] * (coefficients[index] - b) }
    }
    return q.map { -$0 }
  }
}

/// One curvature pair of L-BFGS: a step s, the change in gradient y, and ρ = 1/(yᵀs).
struct CurvaturePair: Sendable {
  var s: [Double]
  var y: [Double]
  var rho: Double

  /// The pair, or nil when yᵀs ≤ 0 or ρ is not finite.
  init?(s: [Double], y: [Double]) {
    let curvature = SecondOrderMath.dot(y, s)
    let rho = 1 / curvature
    guard curvature > 0, rho.isFinite else { return nil }
    self.s = s
    self.y = y
    self.rho = rho
  }
}
