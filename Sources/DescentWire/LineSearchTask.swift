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
  /// α₀, c₁, c₂, ρ and the evaluation budget, handed to the routine.
  public var settings: LineSearchSettings

  /// Creates the task.
  public init(
    routine: String, problem: ProblemSpecification, points: [[Double]], directions: [[Double]],
    settings: LineSearchSettings
  ) {
    self.routine = routine
    self.problem = problem
    self.points = points
    self.directions = directions
    self.settings = settings
  }
}
