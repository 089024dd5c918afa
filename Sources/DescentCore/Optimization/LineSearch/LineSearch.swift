/// The strong-Wolfe line search the grader hands a quasi-Newton or conjugate
/// gradient optimizer, bound to the objective it minimizes.
///
/// The `second-order` assignment gives every BFGS, L-BFGS and CG the same
/// line search as the reference, so that two correct implementations take
/// the same steps and the grader can compare their update formulas step by
/// step. A submission receives one in its factory and cannot make one
/// itself; it searches only along lines of the objective it was made for.
///
/// ```swift
/// // in descentSubmission():
/// lineSearchOptimizers: ["bfgs": { h, lineSearch in BFGS(lineSearch: lineSearch, …) }]
///
/// // in BFGS.step(_:on:), with f and g the value and gradient at x:
/// guard let accepted = try lineSearch.step(
///   from: x, value: f, gradient: g, direction: p, initialStep: alpha0)
/// else { return }  // f cannot be lowered beyond rounding: converged
/// x = accepted.point  // accepted.gradient is ∇f there
/// ```
public struct LineSearch: Sendable {
  /// The objective whose lines are searched.
  package let objective: any Objective
  /// The search, with its constants c₁, c₂ and evaluation budget.
  package let search: StrongWolfeLineSearch
  /// Open while the run this search was handed to lasts.
  package let lease: LineSearchLease

  /// A line search along lines of `objective`, usable while `lease` is open.
  package init(objective: any Objective, search: StrongWolfeLineSearch, lease: LineSearchLease) {
    self.objective = objective
    self.search = search
    self.lease = lease
  }

  /// c₁, the sufficient-decrease constant.
  public var sufficientDecrease: Double { search.sufficientDecrease }
  /// c₂, the curvature constant.
  public var curvature: Double { search.curvature }

  /// Searches along `direction` from `point`, where f and ∇f are `value` and
  /// `gradient`, trying `initialStep` first (Nocedal & Wright Algorithms 3.5
  /// and 3.6: bracketing, then zoom with cubic interpolation).
  ///
  /// - Returns: the accepted step α with x + αp and f and ∇f there, meeting
  ///   f(x + αp) ≤ f(x) + c₁α∇fᵀp and |∇f(x + αp)ᵀp| ≤ c₂|∇fᵀp|; or nil
  ///   where no trial point lowers f below f(x) − 4ε|f(x)| (f is at its
  ///   rounding floor), which a method treats as converged and leaves x as it is.
  /// - Throws: ``LineSearchError`` when `direction` does not lead downhill
  ///   (∇fᵀp ≥ 0), the lengths differ, `initialStep` is not positive, or no
  ///   step meets both conditions within the budget, or when the run it
  ///   was handed to has ended.
  public func step(
    from point: [Double], value: Double, gradient: [Double], direction: [Double], initialStep: Double
  ) throws(LineSearchError) -> LineSearchResult? {
    guard lease.isOpen else { throw .leaseEnded }
    return try search.stepUnlessStalled(
      on: objective, from: point, value: value, gradient: gradient, direction: direction, initialStep: initialStep)
  }
}

/// Whether a ``LineSearch`` may still be used: open while the run it was
/// handed to lasts, closed by the harness afterwards, so that a line search
/// kept from one item cannot answer another item's questions.
package final class LineSearchLease: @unchecked Sendable {
  /// Whether the run is still going.
  package private(set) var isOpen = true

  /// An open lease.
  package init() {}

  /// Ends the lease; every later search throws ``LineSearchError/leaseEnded``.
  package func close() { isOpen = false }
}
