import DescentJudging

/// Every kind of check a rubric may use, by name: the one list a new kind's
/// grading half joins (its judging half joins ``ExpectationKinds``).
public enum CheckKinds {
  /// The grading half of each kind, in the order errors list them.
  public static let all: [any CheckDefinition.Type] = [
    TrajectoryParameters.self,
    GradientParameters.self,
    ConvergenceParameters.self,
    ValueParameters.self,
    NumericGradientParameters.self,
    GradientCheckParameters.self,
    RandomSearchParameters.self,
    CriticalPointParameters.self,
    LinearLossParameters.self,
    LinearTrainingParameters.self,
    LinearPredictionParameters.self,
    LineSearchParameters.self,
    ScheduleParameters.self,
    ClippingParameters.self,
    InitializationParameters.self,
    NetworkLossParameters.self,
    NetworkTrainingParameters.self,
  ]

  /// The kinds' names, in the order of ``all``.
  public static var names: [String] { all.map { $0.kind } }

  /// The kind called `name`, or nil when there is none.
  public static func type(named name: String) -> (any CheckDefinition.Type)? {
    all.first { $0.kind == name }
  }
}
