import DescentCore

/// An objective that can evaluate f along the coordinate lines through a
/// point, t ↦ f(x + t·eᵢ), faster than ``Objective/value(at:)`` from scratch,
/// by preparing once what every coordinate shares.
///
/// ``GradientCheck/full(_:at:step:)`` and ``GradientCheck/sparse(_:at:coordinates:seed:step:)``
/// use it when the objective conforms: the numeric side is still the
/// central difference (f(x + heᵢ) − f(x − heᵢ)) / 2h of
/// ``NumericGradient/centered(alongLines:coordinates:step:)``; only how f is
/// evaluated at the displaced points changes. A conformance must return
/// f at the point whose coordinate i is xᵢ + t rounded to a `Double` (as
/// ``NumericGradient/centered(of:at:step:)`` forms it), agreeing with
/// ``Objective/value(at:)`` there to within the rounding of one evaluation;
/// its documentation states how closely. Example: a linear classifier's
/// loss updates one column of its scores X·W by (w′ − w)·X[:, p] instead of
/// recomputing the product (``LinearClassifierObjective``).
public protocol CoordinateLineEvaluable: Objective {
  /// The function (i, t) ↦ f(x + t·eᵢ) for this x, or nil when x does not
  /// fit the objective (then the check falls back to ``Objective/value(at:)``).
  func coordinateLines(through x: [Double]) -> ((_ coordinate: Int, _ displacement: Double) -> Double)?
}
