import DescentJudging
import DescentCore
import DescentReports
import DescentWire

@testable import DescentEngine

/// Rubric items built directly, and hand-made run records for them: the
/// checks' unit tests never start a student process.
enum CheckFixtures {
  static func item(
    _ id: String, _ check: CheckSpecification, points: Double = 4, visibility: Visibility = .visible
  ) -> RubricItem {
    RubricItem(
      id: id, name: "Item \(id)", points: points, visibility: visibility, hint: "Hint for \(id).",
      timeLimit: .seconds(2), check: check)
  }

  static func trajectory(
    optimizer: String = "adam", hyperparameters: Hyperparameters = Hyperparameters(numbers: ["lr": 0.01]),
    problem: ProblemSpecification = ProblemSpecification(name: "rosenbrock", dimension: 2),
    start: [Double] = [-1.2, 1], steps: Int = 5, tolerance: ComparisonTolerance = .standard,
    partialCredit: PartialCredit = .none
  ) -> CheckSpecification {
    .trajectory(
      TrajectoryParameters(
        optimizer: optimizer, hyperparameters: hyperparameters, problem: problem, start: start, steps: steps,
        tolerance: tolerance, partialCredit: partialCredit))
  }

  static func value(points: [[Double]] = [[1, 2], [-3, 0.5], [0, 0]], partialCredit: PartialCredit = .none)
    -> CheckSpecification
  {
    .value(ValueParameters(function: "himmelblau", points: points, tolerance: .standard, partialCredit: partialCredit))
  }

  static func gradient(
    points: [[Double]] = [[1, 2], [-3, 0.5]], method: GradientMethod = .full, partialCredit: PartialCredit = .none
  ) -> CheckSpecification {
    .gradient(GradientParameters(function: "himmelblau", points: points, method: method, partialCredit: partialCredit))
  }

  static func convergence(target: ConvergenceTarget = .lossBelow(1e-8), maxSteps: Int = 10) -> CheckSpecification {
    .convergence(
      ConvergenceParameters(
        optimizer: "sgd", hyperparameters: Hyperparameters(numbers: ["lr": 0.1]),
        problem: ProblemSpecification(name: "paraboloid", dimension: 2), start: [1, 1], maxSteps: maxSteps,
        target: target))
  }

  /// One record per task of `item`, each with the outcome `outcomes` gives for its index.
  static func records(
    for item: RubricItem, output: String = "", _ outcomes: (Int, HarnessTask) -> RunOutcome
  ) -> [RunRecord] {
    ItemCheck(item: item).tasks.enumerated().map { index, task in
      RunRecord(
        request: HarnessRequest(id: index + 1, task: task), outcome: outcomes(index, task),
        duration: .milliseconds(250), output: CapturedOutput(standardOutput: output))
    }
  }

  /// The result of `item` when every task ends with `outcome`.
  static func result(_ item: RubricItem, _ outcome: RunOutcome, output: String = "") -> ItemResult {
    ItemCheck(item: item).result(from: records(for: item, output: output) { _, _ in outcome })
  }

  /// The result of `item` when its tasks reply with `results`, in order.
  static func result(_ item: RubricItem, replies results: [HarnessResult]) -> ItemResult {
    ItemCheck(item: item).result(from: records(for: item) { index, _ in .replied(results[index]) })
  }
}
