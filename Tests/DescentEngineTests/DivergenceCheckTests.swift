import DescentCore
import DescentJudging
import DescentReports
import DescentWire
import Testing

@testable import DescentEngine

/// The lecture's learning-rate sweep on f = x²: with η = 100 or 1000
/// gradient descent blows up, and a correct student's run must pass both an
/// item that expects it to diverge and a trajectory item that follows it to
/// infinity and NaN.
@Suite("Diverging runs")
struct DivergenceCheckTests {
  static let square = ProblemSpecification(name: "square", dimension: 1)

  static func sgd(_ learningRate: Double) -> Hyperparameters { Hyperparameters(numbers: ["lr": learningRate]) }

  /// The reference's points for gradient descent on x² from 1.
  static func reference(learningRate: Double, steps: Int) throws -> [[Double]] {
    let optimizer = try ReferenceCatalog.formulations(of: "sgd", hyperparameters: sgd(learningRate))[0].optimizer
    return ReferenceCatalog.run(optimizer, on: Square(), from: [1], steps: steps)
  }

  static func divergenceItem(learningRate: Double, maxSteps: Int = 20) -> RubricItem {
    CheckFixtures.item(
      "sgd-square-diverges",
      .convergence(
        ConvergenceParameters(
          optimizer: "sgd", hyperparameters: sgd(learningRate), problem: square, start: [1], maxSteps: maxSteps,
          target: .divergesAbove(1e6))))
  }

  @Test("a real run with η = 100 or 1000 passes an item that expects divergence", arguments: [100.0, 1000.0])
  func realRunDiverges(learningRate: Double) throws {
    let points = try Self.reference(learningRate: learningRate, steps: 20)
    let result = CheckFixtures.result(
      Self.divergenceItem(learningRate: learningRate), replies: [.trajectory(points: points, stoppedBy: nil)])
    #expect(result.outcome == .passed, "\(result.summary) \(result.details)")
    #expect(result.summary.contains("the run diverges"))
  }

  @Test("a run whose steps are bounded does not diverge, and is told so")
  func boundedRunFails() {
    let points = (0...20).map { step in [Double(step + 1) * (step.isMultiple(of: 2) ? 1 : -1)] }
    let result = CheckFixtures.result(
      Self.divergenceItem(learningRate: 100), replies: [.trajectory(points: points, stoppedBy: nil)])
    #expect(result.outcome == .failed)
    #expect(result.summary.hasPrefix("the loss stayed below 1.0e6 for 20 steps"), "\(result.summary)")
  }

  @Test("jumping to a huge number is not diverging: the steps are replayed")
  func forgedDivergence() throws {
    let points = [[1.0], [1e9]] + Array(repeating: [1e9], count: 19)
    let result = CheckFixtures.result(
      Self.divergenceItem(learningRate: 100), replies: [.trajectory(points: points, stoppedBy: nil)])
    #expect(result.outcome == .failed)
    #expect(result.summary.hasPrefix("step 1 is not a step of sgd"), "\(result.summary)")
  }

  @Test("a trajectory item at η = 1000 followed to infinity and NaN passes the reference's own run")
  func trajectoryThroughInfinity() throws {
    let steps = 150
    let points = try Self.reference(learningRate: 1000, steps: steps)
    #expect(points.contains { !$0[0].isFinite }, "the run should overflow within \(steps) steps")
    let item = CheckFixtures.item(
      "sgd-square-eta-1000",
      .trajectory(
        TrajectoryParameters(
          optimizer: "sgd", hyperparameters: Self.sgd(1000), problem: Self.square, start: [1], steps: steps)))
    let result = CheckFixtures.result(item, replies: [.trajectory(points: points, stoppedBy: nil)])
    #expect(result.outcome == .passed, "\(result.summary) \(result.details)")
    var wrong = points
    wrong[steps] = [-wrong[steps][0]]
    if wrong[steps][0].isNaN { wrong[steps] = [.infinity] }
    let failing = CheckFixtures.result(item, replies: [.trajectory(points: wrong, stoppedBy: nil)])
    #expect(failing.outcome == .failed)
  }
}
