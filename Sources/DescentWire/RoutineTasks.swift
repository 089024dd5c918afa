import DescentCore

/// Differentiate a test problem numerically at points with the student's
/// own routine (`numericGradients` in the catalog): the lecture's forward
/// or centered differences.
///
/// The problem is built in the student's process from Core's test problems,
/// so the routine receives f(x) as a function and never the reference.
public struct NumericGradientTask: Codable, Hashable, Sendable {
  /// The catalog name of the routine (`centered`).
  public var routine: String
  /// The function to differentiate.
  public var problem: ProblemSpecification
  /// The points x, each of the problem's dimension.
  public var points: [[Double]]
  /// The step h handed to the routine.
  public var step: Double

  /// Creates the task.
  public init(routine: String, problem: ProblemSpecification, points: [[Double]], step: Double) {
    self.routine = routine
    self.problem = problem
    self.points = points
    self.step = step
  }
}

/// Check a test problem's gradient with the student's gradient-check
/// routine (`gradientChecks` in the catalog), which returns the relative
/// error between the gradient it is handed and its numeric gradient.
///
/// The gradient handed over is the problem's exact gradient times
/// `gradientScale`: 1 gives a correct gradient, 1.1 one that is 10 % off,
/// so that one item shows both sides of the course's thresholds.
public struct GradientCheckTask: Codable, Hashable, Sendable {
  /// The catalog name of the routine (`gradient_check`).
  public var routine: String
  /// The function whose gradient is checked.
  public var problem: ProblemSpecification
  /// The points x at which to check.
  public var points: [[Double]]
  /// The step h handed to the routine.
  public var step: Double
  /// The factor on the exact gradient (1: a correct gradient).
  public var gradientScale: Double

  /// Creates the task.
  public init(routine: String, problem: ProblemSpecification, points: [[Double]], step: Double, gradientScale: Double) {
    self.routine = routine
    self.problem = problem
    self.points = points
    self.step = step
    self.gradientScale = gradientScale
  }
}

/// Run the student's random search (`randomSearches` in the catalog): draw
/// `tries` weight vectors with the generator handed over, keep the best.
public struct RandomSearchTask: Codable, Hashable, Sendable {
  /// The catalog name of the routine (`random_search`).
  public var routine: String
  /// The loss to minimize.
  public var problem: ProblemSpecification
  /// How many weight vectors to draw.
  public var tries: Int
  /// The scale the standard normal draws are multiplied by.
  public var scale: Double
  /// Seeds the ``SeededGenerator`` handed to the routine.
  public var seed: UInt64

  /// Creates the task.
  public init(routine: String, problem: ProblemSpecification, tries: Int, scale: Double, seed: UInt64) {
    self.routine = routine
    self.problem = problem
    self.tries = tries
    self.scale = scale
    self.seed = seed
  }
}

/// Classify Hessians with the student's second-derivative test
/// (`criticalPointTests` in the catalog).
public struct CriticalPointTask: Codable, Hashable, Sendable {
  /// The catalog name of the routine (`second_derivative_test`).
  public var routine: String
  /// The symmetric matrices to classify, each as its rows.
  public var hessians: [[[Double]]]

  /// Creates the task.
  public init(routine: String, hessians: [[[Double]]]) {
    self.routine = routine
    self.hessians = hessians
  }
}
