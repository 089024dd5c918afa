/// The few vector operations the second-order methods share, on plain
/// `[Double]` of equal length (the callers check lengths first).
package enum SecondOrderMath {
  /// aᵀb, summed in index order.
  package static func dot(_ a: [Double], _ b: [Double]) -> Double {
    var sum = 0.0
    for i in a.indices { sum += a[i] * b[i] }
    return sum
  }

  /// ‖a‖₂.
  package static func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }

  /// ‖a‖₁.
  package static func absoluteSum(_ a: [Double]) -> Double {
    var sum = 0.0
    for component in a { sum += abs(component) }
    return sum
  }

  /// a − b.
  package static func difference(_ a: [Double], _ b: [Double]) -> [Double] {
    var result = a
    for i in result.indices { result[i] -= b[i] }
    return result
  }

  /// ‖a‖∞, or NaN when any component is NaN.
  package static func largestMagnitude(_ a: [Double]) -> Double {
    var largest = 0.0
    for component in a {
      if component.isNaN { return .nan }
      largest = max(largest, abs(component))
    }
    return largest
  }

  /// Whether ‖g‖∞ ≤ `tolerance`: a point where a method stops moving.
  /// NaN is never converged (the line search then reports it).
  package static func isConverged(_ gradient: [Double], tolerance: Double) -> Bool {
    largestMagnitude(gradient) <= tolerance
  }

  /// The first step length to try when no curvature is known yet:
  /// `lr · min(1, 1/‖g‖₁)`, as torch.optim.LBFGS takes its first step.
  package static func firstStep(learningRate: Double, gradient: [Double]) -> Double {
    learningRate * min(1, 1 / absoluteSum(gradient))
  }
}

extension SecondOrderMath {
  /// f(x) and ∇f(x): taken from `last`, the line-search step that ended at
  /// x, when x is still its point (the search evaluated both there), else
  /// evaluated afresh. Saves the line-search methods one evaluation per step.
  package static func valueAndGradient(
    at x: [Double], on objective: some Objective, after last: LineSearchResult?
  ) -> (value: Double, gradient: [Double]) {
    if let last, last.point == x { return (last.value, last.gradient) }
    return (objective.value(at: x), objective.gradient(at: x))
  }
}
