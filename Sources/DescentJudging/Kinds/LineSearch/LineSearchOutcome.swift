import DescentCore

/// One line of a line-search item: f and its slope at x, where the
/// grader evaluates any step along p.
struct LineSearchLine {
  let objective: any Objective
  let point: [Double]
  let direction: [Double]
  /// f(x).
  let value: Double
  /// ∇f(x)ᵀp.
  let slope: Double

  init(objective: any Objective, point: [Double], direction: [Double]) {
    self.objective = objective
    self.point = point
    self.direction = direction
    value = objective.value(at: point)
    slope = SecondOrderMath.dot(objective.gradient(at: point), direction)
  }

  /// The step `step` judged here: f and the slope at x + αp, and which
  /// condition it misses.
  ///
  /// Each condition allows a few roundings of slack (16ε of the terms'
  /// size): the student's process computes f(x + αp) from the same
  /// problem, but a search may have formed x + αp in another order.
  func outcome(of step: Double, settings: LineSearchSettings) -> LineSearchOutcome {
    guard step.isFinite, step > 0 else { return LineSearchOutcome(step: step) }
    var moved = point
    for i in moved.indices { moved[i] += step * direction[i] }
    let movedValue = objective.value(at: moved)
    let movedSlope = SecondOrderMath.dot(objective.gradient(at: moved), direction)
    let armijoBound = value + settings.sufficientDecrease * step * slope
    let curvatureBound = settings.curvature * abs(slope)
    let rounding = 16 * Double.ulpOfOne
    let shortfall: LineSearchShortfall?
    if !(movedValue <= armijoBound + rounding * (abs(value) + abs(movedValue))) {
      shortfall = .sufficientDecrease
    } else if movedSlope > curvatureBound * (1 + rounding) {
      shortfall = .overshot
    } else if movedSlope < -curvatureBound * (1 + rounding) || movedSlope.isNaN {
      shortfall = .stillDescending
    } else {
      shortfall = nil
    }
    return LineSearchOutcome(
      step: step, value: movedValue, slope: movedSlope, armijoBound: armijoBound, curvatureBound: curvatureBound,
      shortfall: shortfall)
  }
}

/// A step α as the grader judged it.
struct LineSearchOutcome {
  /// α.
  var step: Double
  /// f(x + αp).
  var value = Double.nan
  /// ∇f(x + αp)ᵀp.
  var slope = Double.nan
  /// f(x) + c₁α∇f(x)ᵀp.
  var armijoBound = Double.nan
  /// c₂|∇f(x)ᵀp|.
  var curvatureBound = Double.nan
  /// The condition it misses; nil when it meets both (or was not evaluated).
  var shortfall: LineSearchShortfall?

  /// Whether two steps are the same step of α₀, ρα₀, ρ²α₀, …, formed by
  /// repeated multiplication or by a power (1e-9 relative; neighbours
  /// differ by the factor ρ).
  static func isSameStep(_ a: Double, _ b: Double) -> Bool {
    a.isFinite && b.isFinite && abs(a - b) <= 1e-9 * max(abs(a), abs(b))
  }
}
