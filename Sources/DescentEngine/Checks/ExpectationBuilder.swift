import DescentCore
import DescentJudging
import DescentReference

/// Computes, from the reference in the engine's process, what a rubric
/// item's answers are judged against: the same ``ItemExpectation`` data a
/// student kit's manifest carries for its visible items.
public enum ExpectationBuilder {
  /// The expectation for `item`.
  ///
  /// - Throws: when the reference cannot run the item (an unknown optimizer
  ///   or function, hyper-parameters it refuses): the rubric's fault, named
  ///   in the message for the instructor.
  public static func expectation(for item: RubricItem) throws -> ItemExpectation {
    switch item.check {
    case .trajectory(let parameters): .trajectory(try trajectory(parameters))
    case .gradient(let parameters): .gradient(try gradient(parameters))
    case .value(let parameters): .value(try value(parameters))
    case .convergence(let parameters): .convergence(convergence(parameters))
    }
  }

  /// The reference's trajectory in every formulation the lecture accepts,
  /// each with the slack its rounding envelope calls for (``RoundingEnvelope``),
  /// and the trajectories of the optimizer's classic mistakes.
  static func trajectory(_ parameters: TrajectoryParameters) throws -> TrajectoryExpectation {
    let objective = try ReferenceCatalog.problem(parameters.problem)
    let hyperparameters = parameters.hyperparameters
    func points(of optimizer: any Optimizer) -> [[Double]] {
      ReferenceCatalog.run(optimizer, on: objective, from: parameters.start, steps: parameters.steps)
    }
    let references = try ReferenceCatalog.formulations(of: parameters.optimizer, hyperparameters: hyperparameters)
      .map { formulation in
        let expected = points(of: formulation.optimizer)
        let envelope = RoundingEnvelope(of: expected, optimizer: formulation.optimizer, on: objective)
        return FormulationTrajectory(
          formulation: formulation.name, points: expected,
          slack: envelope.slack(for: expected, tolerance: parameters.tolerance))
      }
    let mistakes = try ReferenceCatalog.mistakes(of: parameters.optimizer, hyperparameters: hyperparameters)
      .map { MistakeTrajectory(mistake: $0.mistake, points: points(of: $0.optimizer)) }
    return TrajectoryExpectation(
      optimizer: parameters.optimizer, steps: parameters.steps, tolerance: parameters.tolerance,
      creditsStepsMatched: parameters.partialCredit == .stepsMatched, references: references, mistakes: mistakes)
  }

  /// The reference gradient at each point, and the probe directions along
  /// which the student's own function is differenced.
  static func gradient(_ parameters: GradientParameters) throws -> GradientExpectation {
    let dimension = parameters.points.first?.count ?? 0
    let function = try ReferenceCatalog.function(named: parameters.function, dimension: dimension)
    let plan = GradientProbePlan(parameters)
    return GradientExpectation(
      function: parameters.function, points: parameters.points,
      gradients: parameters.points.map { function.gradient(at: $0) },
      probes: plan.probes.map { $0.map(\.direction) }, step: parameters.step, threshold: parameters.threshold,
      creditsPerPoint: parameters.partialCredit == .perPoint)
  }

  /// The reference's value at each point.
  static func value(_ parameters: ValueParameters) throws -> ValueExpectation {
    let dimension = parameters.points.first?.count ?? 0
    let function = try ReferenceCatalog.function(named: parameters.function, dimension: dimension)
    return ValueExpectation(
      function: parameters.function, points: parameters.points,
      values: parameters.points.map { function.value(at: $0) }, tolerance: parameters.tolerance,
      creditsPerPoint: parameters.partialCredit == .perPoint)
  }

  /// The target and what is measured; the judge measures each point itself.
  static func convergence(_ parameters: ConvergenceParameters) -> ConvergenceExpectation {
    let (measure, bound): (ConvergenceExpectation.Measure, Double) =
      switch parameters.target {
      case .lossBelow(let bound): (.loss, bound)
      case .distanceBelow(let bound): (.distance, bound)
      case .divergesAbove(let bound): (.divergence, bound)
      }
    return ConvergenceExpectation(
      optimizer: parameters.optimizer, problem: parameters.problem, dimension: parameters.start.count,
      maxSteps: parameters.maxSteps, measure: measure, bound: bound,
      minimizers: ReferenceCatalog.minimizers(of: parameters.problem))
  }
}
