import DescentCore
import DescentReports
import DescentWire

/// What a student kit's self-check knows about an assignment: the visible
/// items with their inputs and the reference's expected numbers, and, for
/// every hidden or after-due-date item, its points alone.
///
/// Written by `descent kit` as `descent-selfcheck.json`; read by the kit's
/// `selfcheck` executable. It never holds a hidden item's id, name or
/// parameters, nor anything of the reference beyond the numbers that the
/// visible items' checks compare with.
public struct SelfCheckManifest: Codable, Sendable, Equatable {
  /// The format of this file; readers refuse a version they do not know.
  public var formatVersion: Int
  /// The assignment's name (`optimizers`).
  public var assignment: String
  /// The assignment's title for people.
  public var title: String
  /// The visible items, in rubric order.
  public var items: [SelfCheckItem]
  /// One entry per hidden or after-due-date item: its points and when it is graded.
  public var withheldItems: [WithheldItem]

  /// The format version this code reads and writes.
  public static let currentFormatVersion = 1

  /// The file name of the manifest at the root of a kit.
  public static let fileName = "descent-selfcheck.json"

  /// Creates a manifest.
  public init(assignment: String, title: String, items: [SelfCheckItem], withheldItems: [WithheldItem]) {
    self.formatVersion = Self.currentFormatVersion
    self.assignment = assignment
    self.title = title
    self.items = items
    self.withheldItems = withheldItems
  }
}

/// A hidden or after-due-date item as a kit may describe it: points and
/// visibility, nothing else.
public struct WithheldItem: Codable, Sendable, Equatable {
  /// Points available.
  public var points: Double
  /// `hidden` or `after_due_date`.
  public var visibility: Visibility

  /// Creates the description.
  public init(points: Double, visibility: Visibility) {
    self.points = points
    self.visibility = visibility
  }
}

/// One visible rubric item as the self-check runs it: what to ask of the
/// student's code and what the reference says the answer is.
public struct SelfCheckItem: Codable, Sendable, Equatable {
  /// The rubric item's id (`adam-rosenbrock`).
  public var id: String
  /// Its display name.
  public var name: String
  /// Points available.
  public var points: Double
  /// The rubric's hint, shown on failure.
  public var hint: String?
  /// The grader's wall-clock limit for the item, in seconds.
  public var timeLimitSeconds: Double
  /// The work to run with the student's code, in order (the same tasks the grader sends).
  public var tasks: [HarnessTask]
  /// What the answers are judged against.
  public var expectation: ItemExpectation

  /// Creates an item.
  public init(
    id: String, name: String, points: Double, hint: String?, timeLimitSeconds: Double, tasks: [HarnessTask],
    expectation: ItemExpectation
  ) {
    self.id = id
    self.name = name
    self.points = points
    self.hint = hint
    self.timeLimitSeconds = timeLimitSeconds
    self.tasks = tasks
    self.expectation = expectation
  }
}

/// What one item's answers are judged against, per kind of check.
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

/// The reference's side of a trajectory check.
public struct TrajectoryExpectation: Codable, Sendable, Equatable {
  /// The optimizer's catalog name, for messages.
  public var optimizer: String
  /// How many steps the check runs.
  public var steps: Int
  /// How close each coordinate must be.
  public var tolerance: ComparisonTolerance
  /// Whether a partial match earns points × (steps matched / steps).
  public var creditsStepsMatched: Bool
  /// The reference's trajectories: its own formulation first, then equivalent ones.
  public var references: [FormulationTrajectory]
  /// The trajectories of the optimizer's classic mistakes on the same input.
  public var mistakes: [MistakeTrajectory]

  /// Creates the expectation.
  public init(
    optimizer: String, steps: Int, tolerance: ComparisonTolerance, creditsStepsMatched: Bool,
    references: [FormulationTrajectory], mistakes: [MistakeTrajectory]
  ) {
    self.optimizer = optimizer
    self.steps = steps
    self.tolerance = tolerance
    self.creditsStepsMatched = creditsStepsMatched
    self.references = references
    self.mistakes = mistakes
  }
}

/// One formulation's trajectory: the start and one point per step.
public struct FormulationTrajectory: Codable, Sendable, Equatable {
  /// The formulation's name (`adam`, or an equivalent form's).
  public var formulation: String
  /// The points x₀, x₁, …
  public var points: [[Double]]

  /// Creates the trajectory.
  public init(formulation: String, points: [[Double]]) {
    self.formulation = formulation
    self.points = points
  }
}

/// A classic mistake and the trajectory it produces on an item's input.
public struct MistakeTrajectory: Codable, Sendable, Equatable {
  /// The mistake.
  public var mistake: NamedMistake
  /// The points it visits.
  public var points: [[Double]]

  /// Creates the pair.
  public init(mistake: NamedMistake, points: [[Double]]) {
    self.mistake = mistake
    self.points = points
  }
}

/// The reference's side of a gradient check.
public struct GradientExpectation: Codable, Sendable, Equatable {
  /// The function's catalog name.
  public var function: String
  /// The points checked.
  public var points: [[Double]]
  /// The reference gradient at each point.
  public var gradients: [[Double]]
  /// The probe directions at each point (unit vectors, or one random direction).
  public var probes: [[[Double]]]
  /// The numeric-gradient step h.
  public var step: Double
  /// The largest relative error accepted.
  public var threshold: Double
  /// Whether each passing point earns its share of the points.
  public var creditsPerPoint: Bool

  /// Creates the expectation.
  public init(
    function: String, points: [[Double]], gradients: [[Double]], probes: [[[Double]]], step: Double,
    threshold: Double, creditsPerPoint: Bool
  ) {
    self.function = function
    self.points = points
    self.gradients = gradients
    self.probes = probes
    self.step = step
    self.threshold = threshold
    self.creditsPerPoint = creditsPerPoint
  }
}

/// The reference's side of a value check.
public struct ValueExpectation: Codable, Sendable, Equatable {
  /// The function's catalog name.
  public var function: String
  /// The points evaluated.
  public var points: [[Double]]
  /// The reference's value at each point.
  public var values: [Double]
  /// How close each value must be.
  public var tolerance: ComparisonTolerance
  /// Whether each passing point earns its share of the points.
  public var creditsPerPoint: Bool

  /// Creates the expectation.
  public init(
    function: String, points: [[Double]], values: [Double], tolerance: ComparisonTolerance, creditsPerPoint: Bool
  ) {
    self.function = function
    self.points = points
    self.values = values
    self.tolerance = tolerance
    self.creditsPerPoint = creditsPerPoint
  }
}

/// The reference's side of a convergence check.
public struct ConvergenceExpectation: Codable, Sendable, Equatable {
  /// The optimizer's catalog name.
  public var optimizer: String
  /// The test problem, whose loss the self-check measures itself.
  public var problem: ProblemSpecification
  /// The dimension of every point.
  public var dimension: Int
  /// The step budget.
  public var maxSteps: Int
  /// `loss` (f(x) below the bound) or `distance` (to the nearest minimizer).
  public var measure: Measure
  /// The bound to fall below.
  public var bound: Double
  /// The known minimizers, for the distance measure.
  public var minimizers: [[Double]]

  /// What is measured at each point.
  public enum Measure: String, Codable, Sendable {
    /// f(x).
    case loss
    /// The distance to the nearest known minimizer.
    case distance
  }

  /// Creates the expectation.
  public init(
    optimizer: String, problem: ProblemSpecification, dimension: Int, maxSteps: Int, measure: Measure, bound: Double,
    minimizers: [[Double]]
  ) {
    self.optimizer = optimizer
    self.problem = problem
    self.dimension = dimension
    self.maxSteps = maxSteps
    self.measure = measure
    self.bound = bound
    self.minimizers = minimizers
  }
}
