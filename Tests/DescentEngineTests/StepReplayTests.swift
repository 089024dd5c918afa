import DescentCore
import DescentJudging
import DescentReports
import Testing

@testable import DescentEngine

/// Convergence items replay each step from the student's own point: a real
/// run in any form passes, a forged path does not.
@Suite("Convergence replay")
struct StepReplayTests {
  static let parameters = ConvergenceParameters(
    optimizer: "sgd",
    hyperparameters: Hyperparameters(numbers: ["lr": 0.01, "momentum": 0.9], flags: ["nesterov": true]),
    problem: ProblemSpecification(name: "quadratic", dimension: 4, parameters: ["condition": 10]),
    start: [1, -1, 0.5, 2], maxSteps: 400, target: .distanceBelow(1e-4))

  /// Nesterov in the velocity form, v ← ρv − α∇f(x + ρv), reporting x + ρv (torch's points).
  static func velocityForm(from start: [Double], steps: Int) throws -> [[Double]] {
    let objective = try TestProblems.objective(for: parameters.problem)
    var x = start
    var v = [Double](repeating: 0, count: start.count)
    var points = [start]
    for _ in 0..<steps {
      let ahead = x.indices.map { x[$0] + 0.9 * v[$0] }
      let g = objective.gradient(at: ahead)
      for i in x.indices {
        v[i] = 0.9 * v[i] - 0.01 * g[i]
        x[i] += v[i]
      }
      points.append(x.indices.map { x[$0] + 0.9 * v[$0] })
    }
    return points
  }

  static func reference(steps: Int) throws -> [[Double]] {
    let optimizer = try ReferenceCatalog.formulations(of: "sgd", hyperparameters: parameters.hyperparameters)[0]
    return ReferenceCatalog.run(
      optimizer.optimizer, on: try TestProblems.objective(for: parameters.problem), from: parameters.start,
      steps: steps)
  }

  @Test("the reference's own points are explained")
  func reference() throws {
    #expect(try StepReplay.firstUnexplainedStep(of: Self.reference(steps: 400), for: Self.parameters) == nil)
  }

  @Test("a forged path fails at the step it forges", arguments: [0, 1, 37, 120])
  func forged(at step: Int) throws {
    var points = try Self.reference(steps: 400)
    points[step] = [0, 0, 0, 0]
    let finding = try #require(try StepReplay.firstUnexplainedStep(of: points, for: Self.parameters))
    #expect(finding.step == step)
  }

  @Test("creeping toward the minimizer by 1 % of each step more than the method takes is caught")
  func creeping() throws {
    var points = try Self.reference(steps: 50)
    for step in 1..<points.count {
      points[step] = points[step].indices.map { i in
        points[step][i] - 0.01 * (points[step][i] - points[step - 1][i]).magnitude * (points[step][i] > 0 ? 1 : -1)
      }
    }
    #expect(try StepReplay.firstUnexplainedStep(of: points, for: Self.parameters)?.step == 1)
  }

  @Test("a passing verdict becomes a failure naming the step; a failing one is left alone")
  func verdicts() throws {
    var points = try Self.reference(steps: 3)
    points.append([0, 0, 0, 0])
    let passed = StepReplay.verdict(.passed("reached it"), points: points, parameters: Self.parameters)
    #expect(passed.outcome == .failed && passed.summary.contains("step 4 is not a step of sgd"), "\(passed)")
    let failed = StepReplay.verdict(.failed("did not reach it"), points: points, parameters: Self.parameters)
    #expect(failed.summary == "did not reach it")
  }

  @Test("Nesterov's velocity form, another association order, is explained")
  func velocity() throws {
    let points = try Self.velocityForm(from: Self.parameters.start, steps: 400)
    #expect(try StepReplay.firstUnexplainedStep(of: points, for: Self.parameters) == nil)
  }
}
