import DescentCore

/// One unit of work the engine asks of the student's process.
///
/// The student's process only ever receives inputs (a problem, a start, a
/// number of steps, points to evaluate) and returns raw numbers; every
/// verdict is computed by the engine.
public struct HarnessRequest: Codable, Hashable, Sendable {
  /// Identifies the request; its reply carries the same id.
  public var id: Int
  /// What to do.
  public var task: HarnessTask

  /// Creates a request.
  public init(id: Int, task: HarnessTask) {
    self.id = id
    self.task = task
  }
}

/// The kinds of work the harness can do with a student's catalog.
public enum HarnessTask: Codable, Hashable, Sendable {
  /// Runs one of the student's optimizers and reports every point it visits.
  case trajectory(TrajectoryTask)
  /// Evaluates one of the student's functions (and its gradient) at points.
  case evaluation(EvaluationTask)
  /// Differentiates a test problem numerically with the student's routine.
  case numericGradient(NumericGradientTask)
  /// Checks a test problem's (possibly scaled) gradient with the student's routine.
  case gradientCheck(GradientCheckTask)
  /// Runs the student's random search.
  case randomSearch(RandomSearchTask)
  /// Classifies Hessians with the student's second-derivative test.
  case criticalPoints(CriticalPointTask)
  /// Evaluates one of the student's linear-classifier losses.
  case linearLoss(LinearLossTask)
  /// Trains a linear classifier with the student's minibatch SGD.
  case linearTraining(LinearTrainingTask)
  /// Predicts classes with the student's predictor.
  case linearPrediction(LinearPredictionTask)
  /// Finds step lengths with the student's line search.
  case lineSearch(LineSearchTask)
  /// Asks the student's learning-rate schedule for rates.
  case schedule(ScheduleTask)
  /// Clips gradients with the student's clipping.
  case clipping(ClippingTask)
  /// Draws initial weights with the student's initialization.
  case initialization(InitializationTask)
  /// Evaluates the student's two-layer network loss and gradients.
  case networkLoss(NetworkLossTask)
  /// Trains the two-layer network with the student's minibatch SGD.
  case networkTraining(NetworkTrainingTask)

  /// A short human name for the code this task calls, for messages such as
  /// "timed out after 2 s in adam": the optimizer's, function's or routine's name.
  public var target: String {
    switch self {
    case .trajectory(let task): task.optimizer
    case .evaluation(let task): task.function
    case .numericGradient(let task): task.routine
    case .gradientCheck(let task): task.routine
    case .randomSearch(let task): task.routine
    case .criticalPoints(let task): task.routine
    case .linearLoss(let task): task.routine
    case .linearTraining(let task): task.trainer
    case .linearPrediction(let task): task.routine
    case .lineSearch(let task): task.routine
    case .schedule(let task): task.routine
    case .clipping(let task): task.routine
    case .initialization(let task): task.routine
    case .networkLoss(let task): task.routine
    case .networkTraining(let task): task.trainer
    }
  }
}

/// Run the student's optimizer `steps` times from `start` on a test problem.
public struct TrajectoryTask: Codable, Hashable, Sendable {
  /// The catalog name of the optimizer (`sgd`, `adam`, …).
  public var optimizer: String
  /// Every hyper-parameter the optimizer takes, defaults filled in.
  public var hyperparameters: Hyperparameters
  /// The problem to minimize.
  public var problem: ProblemSpecification
  /// The starting point x₀.
  public var start: [Double]
  /// How many steps to take.
  public var steps: Int
  /// Seeds the generator handed to stochastic problems.
  public var seed: UInt64

  /// Creates a trajectory task.
  public init(
    optimizer: String, hyperparameters: Hyperparameters, problem: ProblemSpecification,
    start: [Double], steps: Int, seed: UInt64
  ) {
    self.optimizer = optimizer
    self.hyperparameters = hyperparameters
    self.problem = problem
    self.start = start
    self.steps = steps
    self.seed = seed
  }
}

/// Evaluate one of the student's functions at a list of points.
public struct EvaluationTask: Codable, Hashable, Sendable {
  /// The catalog name of the function.
  public var function: String
  /// The points x at which to evaluate.
  public var points: [[Double]]
  /// Whether to call the student's gradient too, not only the value.
  public var includesGradient: Bool

  /// Creates an evaluation task.
  public init(function: String, points: [[Double]], includesGradient: Bool) {
    self.function = function
    self.points = points
    self.includesGradient = includesGradient
  }
}
