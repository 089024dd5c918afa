import DescentJudging
import DescentCore

/// What one rubric item checks: one case per kind of check, each with its
/// typed, validated parameters.
public enum CheckSpecification: Sendable, Equatable {
  /// The student's optimizer must visit the reference's points, step by step.
  case trajectory(TrajectoryParameters)
  /// The student's hand-written gradient must agree with numeric
  /// differentiation of their own function and with the reference gradient.
  case gradient(GradientParameters)
  /// The student's optimizer must bring the loss, or the distance to a known
  /// minimizer, below a target within a number of steps.
  case convergence(ConvergenceParameters)
  /// The student's function must return the reference's values.
  case value(ValueParameters)

  /// The kind, as the rubric writes it.
  public var kind: CheckKind {
    switch self {
    case .trajectory: .trajectory
    case .gradient: .gradient
    case .convergence: .convergence
    case .value: .value
    }
  }
}

/// The kinds of check a rubric item may use.
public enum CheckKind: String, Sendable, CaseIterable {
  /// See ``CheckSpecification/trajectory(_:)``.
  case trajectory
  /// See ``CheckSpecification/gradient(_:)``.
  case gradient
  /// See ``CheckSpecification/convergence(_:)``.
  case convergence
  /// See ``CheckSpecification/value(_:)``.
  case value
}

/// A trajectory check: run `optimizer` for `steps` steps from `start` on
/// `problem` and compare every point with the reference's.
public struct TrajectoryParameters: Sendable, Equatable {
  /// The optimizer's name (`adam`).
  public var optimizer: String
  /// Every hyper-parameter the optimizer takes, torch's defaults filled in.
  public var hyperparameters: Hyperparameters
  /// The test problem.
  public var problem: ProblemSpecification
  /// x₀, of the problem's dimension.
  public var start: [Double]
  /// How many steps, ≥ 1.
  public var steps: Int
  /// Seeds stochastic problems.
  public var seed: UInt64
  /// How close each coordinate must be.
  public var tolerance: ComparisonTolerance
  /// `none` or `stepsMatched`.
  public var partialCredit: PartialCredit

  /// Creates the parameters.
  public init(
    optimizer: String, hyperparameters: Hyperparameters, problem: ProblemSpecification, start: [Double], steps: Int,
    seed: UInt64 = 0, tolerance: ComparisonTolerance = .standard, partialCredit: PartialCredit = .none
  ) {
    self.optimizer = optimizer
    self.hyperparameters = hyperparameters
    self.problem = problem
    self.start = start
    self.steps = steps
    self.seed = seed
    self.tolerance = tolerance
    self.partialCredit = partialCredit
  }
}

/// A gradient check of one of the student's hand-written functions.
public struct GradientParameters: Sendable, Equatable {
  /// The function's name (`himmelblau`).
  public var function: String
  /// The points at which to check, all of one dimension (random ones already drawn).
  public var points: [[Double]]
  /// Which derivatives to compare.
  public var method: GradientMethod
  /// The numeric-gradient step h.
  public var step: Double
  /// The largest relative error accepted.
  public var threshold: Double
  /// Seeds the choice of coordinates or directions.
  public var seed: UInt64
  /// `none` or `perPoint`.
  public var partialCredit: PartialCredit

  /// Creates the parameters.
  public init(
    function: String, points: [[Double]], method: GradientMethod = .full, step: Double = 1e-5,
    threshold: Double = 1e-6, seed: UInt64 = 0, partialCredit: PartialCredit = .none
  ) {
    self.function = function
    self.points = points
    self.method = method
    self.step = step
    self.threshold = threshold
    self.seed = seed
    self.partialCredit = partialCredit
  }
}

/// Which derivatives a gradient check compares.
public enum GradientMethod: Sendable, Equatable {
  /// Every partial derivative.
  case full
  /// `coordinates` partial derivatives per point, chosen with the check's seed.
  case sparse(coordinates: Int)
  /// One directional derivative ∇f·u per point along a random unit vector u.
  case directional
}

/// A convergence check: run `optimizer` up to `maxSteps` steps and see
/// whether it reaches `target`.
public struct ConvergenceParameters: Sendable, Equatable {
  /// The optimizer's name.
  public var optimizer: String
  /// Every hyper-parameter the optimizer takes, defaults filled in.
  public var hyperparameters: Hyperparameters
  /// The test problem.
  public var problem: ProblemSpecification
  /// x₀.
  public var start: [Double]
  /// The step budget, ≥ 1.
  public var maxSteps: Int
  /// What counts as converged.
  public var target: ConvergenceTarget
  /// Seeds stochastic problems.
  public var seed: UInt64

  /// Creates the parameters.
  public init(
    optimizer: String, hyperparameters: Hyperparameters, problem: ProblemSpecification, start: [Double],
    maxSteps: Int, target: ConvergenceTarget, seed: UInt64 = 0
  ) {
    self.optimizer = optimizer
    self.hyperparameters = hyperparameters
    self.problem = problem
    self.start = start
    self.maxSteps = maxSteps
    self.target = target
    self.seed = seed
  }
}

/// What a convergence check must reach.
public enum ConvergenceTarget: Sendable, Equatable {
  /// f(x) below the bound.
  case lossBelow(Double)
  /// ‖x − x*‖ below the bound, for the nearest known minimizer x*.
  case distanceBelow(Double)
  /// f(x) above the bound, or not a finite number: the run diverges, as
  /// gradient descent on f = x² does with η = 100 or 1000 in the lecture's
  /// learning-rate sweep.
  case divergesAbove(Double)
}

/// A value check of one of the student's functions.
public struct ValueParameters: Sendable, Equatable {
  /// The function's name.
  public var function: String
  /// The points at which to evaluate, all of one dimension.
  public var points: [[Double]]
  /// How close each value must be.
  public var tolerance: ComparisonTolerance
  /// `none` or `perPoint`.
  public var partialCredit: PartialCredit

  /// Creates the parameters.
  public init(
    function: String, points: [[Double]], tolerance: ComparisonTolerance = .standard,
    partialCredit: PartialCredit = .none
  ) {
    self.function = function
    self.points = points
    self.tolerance = tolerance
    self.partialCredit = partialCredit
  }
}

/// How an item that does not fully pass may still earn points.
public enum PartialCredit: String, Sendable, Equatable, CaseIterable {
  /// All or nothing.
  case none
  /// Trajectory checks: points × the fraction of steps matched before the first divergence.
  case stepsMatched = "steps_matched"
  /// Gradient and value checks: points × the fraction of points that pass.
  case perPoint = "per_point"
}
