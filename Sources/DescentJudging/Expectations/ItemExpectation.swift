/// What one item's answers are judged against, per kind of check.
///
/// The engine builds these from the reference (`ExpectationBuilder`); a student
/// kit carries the visible items' expectations in its manifest. Judges read nothing else.
public enum ItemExpectation: Codable, Sendable, Equatable {
  /// Every point of the trajectory must match one reference formulation.
  case trajectory(TrajectoryExpectation)
  /// The hand-written gradient must match the reference's and the numeric
  /// gradient of the student's own function.
  case gradient(GradientExpectation)
  /// The function's values must match the reference's.
  case value(ValueExpectation)
  /// The optimizer must reach a target within a step budget.
  case convergence(ConvergenceExpectation)
}
