import DescentCore
import Foundation
import DescentJudging
import DescentReports
import DescentWire
import Testing

@testable import DescentEngine

/// Trajectory items that amplify rounding: a correct implementation in
/// another association order passes however long the item, and a real
/// mistake still fails it.
@Suite("Rounding envelopes of trajectory items")
struct RoundingEnvelopeTests {
  /// A long chaotic item, and a student's form of its optimizer that equals
  /// the reference in exact arithmetic but rounds differently.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var check: CheckSpecification
    /// A learning-rate error the item must still catch, relative.
    var mistake: Double
    /// The student's optimizer, its learning rate multiplied by the factor.
    var student: @Sendable (Double) -> any Optimizer
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "centered RMSProp in lerp form, 3-D Rosenbrock, 260 steps",
      check: CheckFixtures.trajectory(
        optimizer: "rmsprop",
        hyperparameters: Hyperparameters(
          numbers: ["lr": 0.001, "alpha": 0.9, "momentum": 0.3], flags: ["centered": true]),
        problem: ProblemSpecification(name: "rosenbrock", dimension: 3), start: [-0.8, 1.3, 0.6], steps: 260),
      // Here an lr off by 1e-6 moves the points by 3e-8 before the burst of instability at step ~185
      // (invisible at rtol 1e-6 on any item length), after which rounding alone moves them by 1e-3:
      // what the lint reports. 1e-4 is caught at the steps before the burst, compared strictly.
      mistake: 1e-4,
      student: { LerpCenteredRMSProp(learningRate: 0.001 * $0, alpha: 0.9, momentum: 0.3) }),
    Case(
      name: "Adam in torch's folded form with the hidden item's betas, 6-D Rosenbrock, 1500 steps",
      check: CheckFixtures.trajectory(
        optimizer: "adam", hyperparameters: Hyperparameters(numbers: ["lr": 0.005, "beta1": 0.8, "beta2": 0.99]),
        problem: ProblemSpecification(name: "rosenbrock", dimension: 6), start: [-0.5, 1.5, 0.2, -1.0, 0.8, 1.1],
        steps: 1500),
      mistake: 1e-6,
      student: { FoldedAdam(learningRate: 0.005 * $0, beta1: 0.8, beta2: 0.99) }),
  ]

  static func verdict(_ example: Case, learningRateFactor: Double) throws -> (Verdict, TrajectoryExpectation) {
    guard let parameters = example.check.parameters(as: TrajectoryParameters.self) else { throw CheckError() }
    let objective = try TestProblems.objective(for: parameters.problem)
    let points = ReferenceCatalog.run(
      example.student(learningRateFactor), on: objective, from: parameters.start, steps: parameters.steps)
    let item = CheckFixtures.item("long", example.check)
    let records = CheckFixtures.records(for: item) { _, _ in .replied(.trajectory(points: points, stoppedBy: nil)) }
    guard let expectation = try item.check.expectation().content(as: TrajectoryExpectation.self) else {
      throw CheckError()
    }
    return (ItemCheck(item: item).verdict(from: records), expectation)
  }

  struct CheckError: Error {}

  @Test("a correct form that rounds differently passes, where rtol alone would fail it", arguments: cases)
  func correctFormPasses(_ example: Case) throws {
    let (verdict, expectation) = try Self.verdict(example, learningRateFactor: 1)
    #expect(verdict.outcome == .passed, "\(verdict.summary) \(verdict.details)")
    #expect(verdict.details.contains { $0.contains("rounding alone") }, "\(verdict.details)")
    // The item is one that amplifies rounding: compared at rtol 1e-6 alone, the correct form leaves it.
    guard let parameters = example.check.parameters(as: TrajectoryParameters.self) else { return }
    let objective = try TestProblems.objective(for: parameters.problem)
    let points = ReferenceCatalog.run(
      example.student(1), on: objective, from: parameters.start, steps: parameters.steps)
    let strict = TrajectoryAgreement(
      student: points, reference: try #require(expectation.references.first).points, tolerance: parameters.tolerance)
    #expect(!strict.isFullMatch, "the item does not amplify rounding: nothing to prove")
  }

  @Test("a learning rate off by 1e-6 relative (1e-4 where 1e-6 never shows) still fails", arguments: cases)
  func mistakeFails(_ example: Case) throws {
    for factor in [1 + example.mistake, 1 - example.mistake] {
      let (verdict, _) = try Self.verdict(example, learningRateFactor: factor)
      #expect(verdict.outcome == .failed, "lr × \(factor): \(verdict.summary)")
    }
  }

  @Test("an item that does not amplify rounding is compared at its tolerance only")
  func stableItemUntouched() throws {
    let item = CheckFixtures.item(
      "stable",
      CheckFixtures.trajectory(
        optimizer: "sgd", hyperparameters: Hyperparameters(numbers: ["lr": 0.015]),
        problem: ProblemSpecification(name: "quadratic", dimension: 5, parameters: ["condition": 100]),
        start: [1, 1, 1, 1, 1], steps: 100))
    guard let expectation = try item.check.expectation().content(as: TrajectoryExpectation.self) else {
      throw CheckError()
    }
    #expect(expectation.references.allSatisfy { $0.slack == nil })
  }

  @Test("the lint reports the step where rounding reaches the tolerance, and accepts the course's rubric")
  func lint() throws {
    let long = CheckFixtures.item("long", Self.cases[0].check)
    let findings = try RubricLint.findings(for: Rubric(assignment: "a", title: "t", items: [long], source: "test"))
    let finding = try #require(findings.first)
    let step = try #require(finding.step)
    #expect(finding.item == "long" && (150..<260).contains(step), "\(finding)")
    #expect(finding.message.contains("step \(step) of 260"), "\(finding.message)")
    #expect(finding.saturatedStep.map { $0 > step && $0 < 260 } == true, "\(finding)")
    let course = try RubricLoader.load(
      contentsOf: RuntimeOnDemandTests.repository.appendingPathComponent("rubrics/optimizers.yaml"))
    #expect(try RubricLint.findings(for: course).isEmpty)
  }
}

/// Centered RMSProp with momentum, its averages updated in lerp form:
/// v ← v + (1 − α)(g² − v), equal to αv + (1 − α)g² in exact arithmetic.
struct LerpCenteredRMSProp: Optimizer {
  var learningRate: Double
  var alpha: Double
  var momentum: Double
  var epsilon = 1e-8
  var v: [Double] = []
  var mean: [Double] = []
  var buffer: [Double] = []

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    let g = objective.gradient(at: x)
    if v.isEmpty {
      (v, mean, buffer) = (
        [Double](repeating: 0, count: x.count), [Double](repeating: 0, count: x.count),
        [Double](repeating: 0, count: x.count)
      )
    }
    for i in x.indices {
      v[i] += (1 - alpha) * (g[i] * g[i] - v[i])
      mean[i] += (1 - alpha) * (g[i] - mean[i])
      buffer[i] = momentum * buffer[i] + g[i] / ((v[i] - mean[i] * mean[i]).squareRoot() + epsilon)
      x[i] -= learningRate * buffer[i]
    }
  }
}

/// Adam as torch computes it: moments in lerp form, the bias corrections
/// folded into the step size and the denominator, powers from `pow`.
struct FoldedAdam: Optimizer {
  var learningRate: Double
  var beta1: Double
  var beta2: Double
  var epsilon = 1e-8
  var m: [Double] = []
  var v: [Double] = []
  var t = 0

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    let g = objective.gradient(at: x)
    if m.isEmpty { (m, v) = ([Double](repeating: 0, count: x.count), [Double](repeating: 0, count: x.count)) }
    t += 1
    let stepSize = learningRate / (1 - pow(beta1, Double(t)))
    let root = (1 - pow(beta2, Double(t))).squareRoot()
    for i in x.indices {
      m[i] += (1 - beta1) * (g[i] - m[i])
      v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i]
      x[i] -= stepSize * m[i] / (v[i].squareRoot() / root + epsilon)
    }
  }
}
