import DescentCore
import DescentJudging
import DescentWire

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

extension TrajectoryParameters: CheckDefinition {
  public static let kind = TrajectoryExpectation.kind
  public static let fieldNames = [
    "optimizer", "hyperparameters", "problem", "start", "steps", "seed", "tolerance", "partial_credit",
  ]

  public init(reading fields: CheckFields) throws(RubricError) {
    let (optimizer, hyperparameters) = try fields.optimizer()
    let (problem, start) = try fields.problem()
    self.init(
      optimizer: optimizer, hyperparameters: hyperparameters, problem: problem, start: start,
      steps: try fields.required("steps").positiveInteger(atMost: RubricItemReader.maximumSteps),
      seed: try fields.seed(), tolerance: try fields.tolerance(),
      partialCredit: try fields.partialCredit(allowed: [.none, .stepsMatched]))
  }

  public var tasks: [HarnessTask] {
    [
      .trajectory(
        TrajectoryTask(
          optimizer: optimizer, hyperparameters: hyperparameters, problem: problem, start: start, steps: steps,
          seed: seed))
    ]
  }

  /// The reference's trajectory in every formulation the lecture accepts,
  /// each with the slack its rounding envelope calls for (``RoundingEnvelope``),
  /// and the trajectories of the optimizer's classic mistakes.
  public func expectation() throws -> any CheckExpectation { try trajectoryExpectation() }

  /// Reported when, within the item's steps, a safe multiple of the
  /// reference's rounding envelope (``RoundingEnvelope``) exceeds the
  /// tolerance (from that step on the grader compares loosely, so that no
  /// correct implementation fails for rounding) or reaches the level where no
  /// comparison can tell a correct implementation from a mistake.
  public func lintFindings() throws -> [RubricLintFinding] {
    let expectation = try trajectoryExpectation()
    let loosened = expectation.references.compactMap { $0.firstLoosenedStep(under: tolerance) }.min()
    guard let step = loosened else { return [] }
    let saturated = expectation.references.compactMap {
      RoundingEnvelope.firstSaturatedStep(of: $0, tolerance: tolerance)
    }.min()
    var message =
      "rounding differences grow to 1/\(Int(RoundingEnvelope.safety)) of the tolerance at step \(step) of \(steps),"
      + " so later steps are compared loosely; shorten it to \(max(0, step - 1)) steps to compare every step at"
      + " rtol \(ComparisonText.scientific(tolerance.relative))"
    if let saturated {
      message +=
        "; from step \(saturated) on, rounding alone moves the points by"
        + " \(ComparisonText.scientific(RoundingEnvelope.saturation / RoundingEnvelope.safety)) relative and no"
        + " comparison can tell a correct implementation from a mistake"
    }
    return [RubricLintFinding(item: "", message: message, step: step, steps: steps, saturatedStep: saturated)]
  }

  /// ``expectation()`` as its concrete type.
  func trajectoryExpectation() throws -> TrajectoryExpectation {
    let objective = try ReferenceCatalog.problem(problem)
    func points(of optimizer: any Optimizer) -> [[Double]] {
      ReferenceCatalog.run(optimizer, on: objective, from: start, steps: steps)
    }
    let references = try ReferenceCatalog.formulations(of: optimizer, hyperparameters: hyperparameters)
      .map { formulation in
        let expected = points(of: formulation.optimizer)
        let envelope = RoundingEnvelope(of: expected, optimizer: formulation.optimizer, on: objective)
        return FormulationTrajectory(
          formulation: formulation.name, points: expected, slack: envelope.slack(for: expected, tolerance: tolerance))
      }
    let mistakes = try ReferenceCatalog.mistakes(of: optimizer, hyperparameters: hyperparameters)
      .map { MistakeTrajectory(mistake: $0.mistake, points: points(of: $0.optimizer)) }
    return TrajectoryExpectation(
      optimizer: optimizer, steps: steps, tolerance: tolerance, creditsStepsMatched: partialCredit == .stepsMatched,
      references: references, mistakes: mistakes)
  }
}

extension CheckSpecification {
  /// A trajectory check.
  public static func trajectory(_ parameters: TrajectoryParameters) -> Self { Self(parameters) }
}
