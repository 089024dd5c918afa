/// Every kind of check the judges know, by the rubric's name: the one list
/// a new kind's judging half joins.
public enum ExpectationKinds {
  /// The judging half of each kind.
  public static let all: [any CheckExpectation.Type] = [
    TrajectoryExpectation.self,
    GradientExpectation.self,
    ConvergenceExpectation.self,
    ValueExpectation.self,
    NumericGradientExpectation.self,
    GradientCheckExpectation.self,
    RandomSearchExpectation.self,
    CriticalPointExpectation.self,
    LinearLossExpectation.self,
    LinearTrainingExpectation.self,
    LinearPredictionExpectation.self,
    LineSearchExpectation.self,
    ScheduleExpectation.self,
    ClippingExpectation.self,
    InitializationExpectation.self,
    NetworkLossExpectation.self,
    NetworkTrainingExpectation.self,
  ]

  /// The kinds' names, in the order of ``all``.
  public static var names: [String] { all.map { $0.kind } }

  /// The kind called `name`, or nil when there is none.
  public static func type(named name: String) -> (any CheckExpectation.Type)? {
    all.first { $0.kind == name }
  }
}
