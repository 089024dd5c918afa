/// How an item that does not fully pass may still earn points; each kind of
/// check says which of these it accepts.
public enum PartialCredit: String, Sendable, Equatable, CaseIterable {
  /// All or nothing.
  case none
  /// Trajectory checks: points × the fraction of steps matched before the first divergence.
  case stepsMatched = "steps_matched"
  /// Checks over a list of points: points × the fraction of points that pass.
  case perPoint = "per_point"
}
