import DescentCore
import DescentJudging
import DescentReference
import Foundation
import Testing

@testable import DescentEngine

/// The linear-classifier check kinds as the rubric loader reads them, and
/// the timing of a vectorized loss.
@Suite("Linear-classifier check kinds")
struct LinearCheckLoadingTests {
  static let rubricFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("rubrics/linear-classifiers.yaml")

  @Test("the course's rubric reads to the data, weights and schedules it writes")
  func parsesCourseRubric() throws {
    let rubric = try RubricLoader.load(contentsOf: Self.rubricFile)
    #expect(rubric.maxScore == 100)
    let loss = try #require(rubric.items.first?.check.parameters(as: LinearLossParameters.self))
    #expect(loss.loss == .svm && loss.data.featureCount == 5 && loss.weights.rows == 5 && loss.weights.columns == 3)
    #expect(loss.gradientProbes == 6 && loss.timeFactor == nil)
    let cifar = try #require(
      rubric.items.first { $0.id == "svm-vectorized-cifar-size" }?.check.parameters(as: LinearLossParameters.self))
    #expect(cifar.data.featureCount == 3073 && cifar.data.exampleCount == 500 && cifar.timeFactor == 10)
    let training = try #require(
      rubric.items.first { $0.id == "train-svm" }?.check.parameters(as: LinearTrainingParameters.self))
    #expect(training.minimumAccuracy == 0.5 && training.heldOut?.pointsPerClass == 25 && training.plan.batchSize == 10)
  }

  static let errorCases: [(target: String, replacement: String, message: String)] = [
    (
      "{generator: spirals, points_per_class: 15, classes: 3, seed: 21, bias: true}",
      "{generator: spirals, points_per_class: 15, classes: 3, dimension: 4, seed: 21}",
      "dimension applies only to blobs"
    ),
    (
      "{generator: blobs, points_per_class: 10, classes: 3, dimension: 4, seed: 1, bias: true}",
      "{generator: pixels, points_per_class: 10, classes: 3, dimension: 4, seed: 1}",
      "must be one of blobs, spirals, cifar_like"
    ),
    (
      "{generator: blobs, points_per_class: 10, classes: 3, dimension: 4, seed: 1, bias: true}",
      "{generator: blobs, points_per_class: 10, classes: 3, seed: 1}", "dimension is missing (blobs take any)"
    ),
    ("time_factor: 10", "time_factor: 0.5", "must be a factor of at least 1"),
    (
      "      held_out: {generator: blobs, points_per_class: 25, classes: 4, dimension: 3, seed: 16, bias: true}\n", "",
      "minimum_accuracy needs held_out data to score"
    ),
    (
      "held_out: {generator: blobs, points_per_class: 25, classes: 4, dimension: 3, seed: 16, bias: true}",
      "held_out: {generator: blobs, points_per_class: 25, classes: 3, dimension: 3, seed: 16, bias: true}",
      "held_out must have the features and classes of data"
    ),
    ("batch_size: 16", "batch_size: 1000", "check.batch_size must be at most 120"),
    ("weights: {scale: 0.1, seed: 2}", "weights: {seed: 2}", "weights.scale is missing"),
  ]

  @Test("each broken linear check is one line naming the file, line and item", arguments: errorCases.indices)
  func errors(_ index: Int) throws {
    let (target, replacement, message) = Self.errorCases[index]
    let text = try String(contentsOf: Self.rubricFile, encoding: .utf8)
    let range = try #require(text.range(of: target), "no \(target) in the rubric")
    #expect {
      _ = try RubricLoader.parse(text.replacingCharacters(in: range, with: replacement), source: "r.yaml")
    } throws: { error in
      let description = String(describing: error)
      return description.hasPrefix("r.yaml:") && description.contains(message) && !description.contains("\n")
    }
  }

  @Test("a timed loss that took far longer than the reference's fails; a quick one keeps its verdict")
  func timing() throws {
    let rubric = try RubricLoader.load(contentsOf: Self.rubricFile)
    var check = try #require(rubric.items.first?.check.parameters(as: LinearLossParameters.self))
    check.timeFactor = 10
    let passed = Verdict.passed("L and dW match")
    let slow = check.amending(passed, results: [], durations: [.seconds(1000)])
    #expect(slow.outcome == .failed && slow.summary.hasPrefix("right, but slow"), "\(slow.summary)")
    #expect(check.amending(passed, results: [], durations: [.zero]) == passed)
    check.timeFactor = nil
    #expect(check.amending(passed, results: [], durations: [.seconds(1000)]) == passed)
  }
}
