import DescentCore
import DescentJudging
import DescentWire

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
  /// Every step reverses the previous one's direction and f(x) stays within
  /// this factor of f(x₀) for the whole budget: the run neither converges nor
  /// diverges, as gradient descent on f = x² does with η = 1 (x ← −x).
  case oscillatesWithin(Double)
}

extension ConvergenceParameters: CheckDefinition {
  public static let kind = ConvergenceExpectation.kind
  public static let fieldNames = ["optimizer", "hyperparameters", "problem", "start", "max_steps", "target", "seed"]

  public init(reading fields: CheckFields) throws(RubricError) {
    let (optimizer, hyperparameters) = try fields.optimizer()
    let (problem, start) = try fields.problem()
    let maxSteps = try fields.required("max_steps").positiveInteger(atMost: RubricItemReader.maximumSteps)
    let targetField = try fields.required("target")
    let names = ["loss_below", "distance_below", "diverges_above", "oscillates_within"]
    let targetFields = try targetField.mapping(allowed: names)
    let given = names.compactMap { name in targetFields[name].map { (name, $0) } }
    guard given.count == 1, let (name, field) = given.first else {
      throw targetField.error("\(targetField.path) must give exactly one of \(names.joined(separator: ", "))")
    }
    let target: ConvergenceTarget
    switch name {
    case "loss_below": target = .lossBelow(try field.number())
    case "distance_below":
      target = .distanceBelow(try field.positiveNumber())
      guard fields.vocabulary.hasKnownMinimizers(problem) else {
        throw field.error("\(field.path) needs known minimizers, and none are known for \(problem.name)")
      }
    case "oscillates_within":
      let ratio = try field.positiveNumber()
      guard ratio > 1 else { throw field.mismatch("a factor above 1") }
      target = .oscillatesWithin(ratio)
    default: target = .divergesAbove(try field.positiveNumber())
    }
    self.init(
      optimizer: optimizer, hyperparameters: hyperparameters, problem: problem, start: start, maxSteps: maxSteps,
      target: target, seed: try fields.seed())
  }

  public var tasks: [HarnessTask] {
    [
      .trajectory(
        TrajectoryTask(
          optimizer: optimizer, hyperparameters: hyperparameters, problem: problem, start: start, steps: maxSteps,
          seed: seed))
    ]
  }

  /// The target and what is measured; the judge measures each point itself.
  public func expectation() throws -> any CheckExpectation {
    let (measure, bound): (ConvergenceExpectation.Measure, Double) =
      switch target {
      case .lossBelow(let bound): (.loss, bound)
      case .distanceBelow(let bound): (.distance, bound)
      case .divergesAbove(let bound): (.divergence, bound)
      case .oscillatesWithin(let ratio): (.oscillation, ratio)
      }
    return ConvergenceExpectation(
      optimizer: optimizer, problem: problem, dimension: start.count, maxSteps: maxSteps, measure: measure,
      bound: bound, minimizers: ReferenceCatalog.minimizers(of: problem))
  }

  /// Replays every step from the student's own points (``StepReplay``):
  /// points that are not steps of the method fail the item, whatever they reach.
  public func amending(_ verdict: Verdict, results: [HarnessResult], durations: [Duration]) -> Verdict {
    guard case .trajectory(let points, _)? = results.first else { return verdict }
    return StepReplay.verdict(verdict, points: points, parameters: self)
  }
}

extension CheckSpecification {
  /// A convergence check.
  public static func convergence(_ parameters: ConvergenceParameters) -> Self { Self(parameters) }
}
