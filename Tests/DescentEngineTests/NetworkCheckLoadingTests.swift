import DescentCore
import DescentJudging
import DescentReference
import Foundation
import Testing

@testable import DescentEngine

/// The `two-layer-net` assignment's rubric as the loader reads it: its kinds
/// (network loss and training, initialization, schedule, clipping) parse to
/// the parameters they write, and each way of breaking one is a one-line
/// error naming its line.
@Suite("Network check kinds in a rubric")
struct NetworkCheckLoadingTests {
  static let rubricFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("rubrics/two-layer-net.yaml")

  static func rubricText() throws -> String { try String(contentsOf: rubricFile, encoding: .utf8) }

  @Test("the course's rubric reads to the parameters it writes")
  func parsesCourseRubric() throws {
    let rubric = try RubricLoader.load(contentsOf: Self.rubricFile)
    #expect(rubric.maxScore == 100)
    func item<P: CheckDefinition>(_ id: String, as type: P.Type) throws -> P {
      try #require(rubric.items.first { $0.id == id }?.check.parameters(as: type))
    }
    let loss = try item("network-loss-blobs", as: NetworkLossParameters.self)
    #expect(loss.network == NetworkSpecification(inputs: 4, hidden: 5, classes: 3, scale: 0.5, seed: 12))
    #expect(loss.probes.count == 10 && loss.probes.allSatisfy { $0 < loss.network.parameterCount })
    let training = try item("train-spirals", as: NetworkTrainingParameters.self)
    #expect(training.task.batches.count == 600 && training.minimumAccuracy == 0.9)
    let schedule = try item("schedule-linear", as: ScheduleParameters.self)
    #expect(schedule.settings.numbers == ["lr": 0.1, "final_lr": 0.001, "horizon": 100])
    let initialization = try item("he-normal", as: InitializationParameters.self)
    #expect(initialization.scheme == .he && initialization.distribution == .normal)
    #expect(initialization.tasks.count == 2, "two samples, seeds 32 and 33")
    let clipping = try item("clip-value", as: ClippingParameters.self)
    #expect(clipping.rule == "value" && clipping.threshold == 1)
  }

  @Test("the reference's expectations: step decay's rates, norm clipping's gradients, He's law")
  func expectations() throws {
    let rubric = try RubricLoader.load(contentsOf: Self.rubricFile)
    let step = try #require(
      try rubric.items.first { $0.id == "schedule-step" }?.check.parameters(as: ScheduleParameters.self)?
        .expectation() as? ScheduleExpectation)
    #expect(step.rates == [0.1, 0.1, 0.1, 0.05, 0.05, 0.025, 0.00625])
    #expect(step.mistakes.map(\.mistake.id) == ["schedule-off-by-one"])
    let clip = try #require(
      try rubric.items.first { $0.id == "clip-norm" }?.check.parameters(as: ClippingParameters.self)?
        .expectation() as? ClippingExpectation)
    // torch's 1e-6 clips a gradient of norm exactly c by a hair.
    #expect(clip.clipped[0] == [3, 4, 0].map { $0 * (5 / (5 + 1e-6)) })
    #expect(clip.clipped[2] == [0.1, 0.2, 0.3], "a gradient shorter than c passes unchanged")
    #expect(abs(clip.clipped[1][0] - 3) < 1e-6 && abs(clip.clipped[1][1] + 4) < 1e-6)
    let he = try #require(
      try rubric.items.first { $0.id == "he-normal" }?.check.parameters(as: InitializationParameters.self)?
        .expectation() as? InitializationExpectation)
    #expect(he.law == DrawLaw(distribution: "normal", standardDeviation: 0.1))
  }

  static let errorCases: [(target: String, replacement: String, message: String)] = [
    (
      "hyperparameters: {lr: 0.1, step_size: 10, gamma: 0.5}", "hyperparameters: {lr: 0.1, gamma: 0.5}",
      "needs step_size"
    ),
    (
      "hyperparameters: {lr: 0.1, step_size: 10, gamma: 0.5}",
      "hyperparameters: {lr: 0.1, step_size: 10, gamma: 0.5, warmup: 5}", "takes no warmup"
    ),
    ("schedule: cosine\n", "schedule: warmup\n", "check.schedule must be one of step, exponential, linear, cosine"),
    ("rule: value\n", "rule: max\n", "check.rule must be one of norm, value"),
    ("fan_in: 100\n", "fan_in: 10\n", "too few to test a law"),
    ("fan_in: 100\n      fan_out: 50", "fan_in: 2000\n      fan_out: 1000", "at most 1000000"),
    ("minimum_accuracy: 0.9", "minimum_accuracy: 1.5", "a fraction from 0 to 1"),
    ("network: {hidden: 5, scale: 0.5, seed: 12}", "network: {scale: 0.5, seed: 12}", "network.hidden is missing"),
    (
      "held_out: {generator: spirals, points_per_class: 50, classes: 3, seed: 44}",
      "held_out: {generator: spirals, points_per_class: 50, classes: 4, seed: 44}",
      "held_out must have the features and classes of data"
    ),
  ]

  @Test("each broken check is one line naming the file, line and item", arguments: errorCases.indices)
  func errors(_ index: Int) throws {
    let (target, replacement, message) = Self.errorCases[index]
    let text = try Self.rubricText()
    let range = try #require(text.range(of: target), "no \(target) in the rubric")
    let broken = text.replacingCharacters(in: range, with: replacement)
    #expect {
      _ = try RubricLoader.parse(broken, source: "rubrics/two-layer-net.yaml")
    } throws: { error in
      let description = String(describing: error)
      return description.hasPrefix("rubrics/two-layer-net.yaml:") && description.contains("item '")
        && description.contains(message) && !description.contains("\n")
    }
  }

  @Test("the lint passes the course's rubric and reports clipping that never clips and fans that hide a mistake")
  func lint() throws {
    #expect(try RubricLint.findings(for: RubricLoader.load(contentsOf: Self.rubricFile)).isEmpty)
    let text = try Self.rubricText()
      .replacingOccurrences(
        of: "gradients: [[0.5, -2.0, 3.0], [-0.2, 0.3, 0.0], [-5.0, 1.0, 0.0]]",
        with: "gradients: [[0.5, -0.2, 0.3], [-0.2, 0.3, 0.0]]"
      )
      .replacingOccurrences(of: "fan_in: 100\n      fan_out: 50", with: "fan_in: 80\n      fan_out: 80")
    let findings = try RubricLint.findings(for: RubricLoader.parse(text, source: "r.yaml"))
    #expect(Set(findings.map(\.item)) == ["xavier-uniform", "clip-value"], "\(findings)")
    #expect(findings.contains { $0.message.contains("no gradient is clipped") }, "\(findings)")
    #expect(findings.contains { $0.message.contains("init-fan-in-only draws from the right law") }, "\(findings)")
  }
}
