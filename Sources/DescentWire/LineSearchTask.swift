import DescentCore

/// Call the student's line search (`lineSearches` in the catalog) from
/// points of a test problem along given directions, with the item's
/// constants; the answer is one step α per point.
///
/// The problem is built in the student's process from Core's test
/// problems, so the routine receives f and ∇f as functions and never the
/// reference. The grader evaluates f and ∇f at x + αp itself to judge.
public struct LineSearchTask: Codable, Hashable, Sendable {
  /// The catalog name of the routine (`backtracking`).
  public var routine: String
  /// The function searched.
  public var problem: ProblemSpecification
  /// The points x, each of the problem's dimension.
  public var points: [[Double]]
  /// The direction p from each point, a descent direction there.
  public var directions: [[Double]]
  /// α₀.
  public var initialStep: Double
  /// c₁.
  public var sufficientDecrease: Double
  /// c₂.
  public var curvature: Double
  /// ρ.
  public var contraction: Double
  /// The evaluation budget handed to the routine.
  public var maximumEvaluations: Int

  /// Creates the task.
  public init(
    routine: String, problem: ProblemSpecification, points: [[Double]], directions: [[Double]], initialStep: Double,
    sufficientDecrease: Double, curvature: Double, contraction: Double, maximumEvaluations: Int
  ) {
    self.routine = routine
    self.problem = problem
    self.points = points
    self.directions = directions
    self.initialStep = initialStep
    self.sufficientDecrease = sufficientDecrease
    self.curvature = curvature
    self.contraction = contraction
    self.maximumEvaluations = maximumEvaluations
  }
}
