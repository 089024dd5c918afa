import DescentCore
import DescentReference
import DescentTestSupport
import Testing

/// The reference's side of the `linear-classifiers` assignment: the training
/// loop is the lecture's, and each classic mistake gives numbers a grader can
/// tell from the right ones, on the data the rubric builds.
@Suite("Linear classifiers: training and mistakes")
struct LinearClassifierReferenceTests {
  static let data = DataSpecification(
    generator: .blobs, pointsPerClass: 10, classes: 3, dimension: 4, seed: 1, appendsBias: true
  ).make()
  static let weights = WeightsSpecification(rows: 5, columns: 3, scale: 0.1, seed: 2).make()

  @Test("training takes one step W − η·dW per batch, on that batch's examples")
  func trainingLoop() throws {
    let batches = MinibatchOrder.batches(exampleCount: 30, batchSize: 8, epochs: 2, seed: 3)
    #expect(batches.count == 8 && batches.map(\.count) == [8, 8, 8, 6, 8, 8, 8, 6])
    let trained = try LinearClassifierMistakes.training(.softmax, Self.weights, Self.data, 0.1, 0.01, batches)
    var manual = Self.weights
    for batch in batches {
      let gradient = try SoftmaxCrossEntropy.lossAndGradient(
        weights: manual, inputs: try Self.data.features.selectingRows(batch),
        labels: batch.map { Self.data.labels[$0] },
        regularization: 0.01
      ).gradient
      manual = try manual - 0.1 * gradient
    }
    #expect(trained == manual)
    #expect(MinibatchDriver(batchSize: 8, epochs: 2, seed: 3).batches(exampleCount: 30) == batches)
  }

  @Test("each loss mistake changes L or dW beyond rounding", arguments: LinearClassifierLoss.allCases)
  func lossMistakesShow(kind: LinearClassifierLoss) throws {
    let (x, y, w) = (Self.data.features, Self.data.labels, Self.weights)
    let large = try x.matmul(w).rowMaxima.map(\.value).max() ?? 0
    #expect(large < 700, "the ordinary scores do not overflow")
    let right = try kind.lossAndGradient(weights: w, inputs: x, labels: y, regularization: 0.1)
    for mistake in LinearClassifierMistakes.mistakes(of: kind) where mistake.id != "softmax-no-max-shift" {
      let wrong = try mistake.routine(right, w, x, y, 0.1)
      let gradientGap = zip(wrong.gradient.scalars, right.gradient.scalars).map { abs($0 - $1) }.max() ?? 0
      #expect(abs(wrong.loss - right.loss) > 1e-6 || gradientGap > 1e-6, "\(mistake.id) looks right")
    }
  }

  @Test("without the max shift, softmax overflows at scores in the thousands; the reference does not")
  func softmaxOverflow() throws {
    let w = WeightsSpecification(rows: 5, columns: 3, scale: 50, seed: 10).make()
    let right = try SoftmaxCrossEntropy.lossAndGradient(
      weights: w, inputs: Self.data.features, labels: Self.data.labels, regularization: 0)
    #expect(right.loss.isFinite && right.gradient.scalars.allSatisfy(\.isFinite))
    let mistake = try #require(
      LinearClassifierMistakes.mistakes(of: .softmax).first { $0.id == "softmax-no-max-shift" })
    let wrong = try mistake.routine(right, w, Self.data.features, Self.data.labels, 0)
    #expect(!wrong.loss.isFinite || wrong.gradient.scalars.contains { !$0.isFinite })
  }

  @Test("each training mistake reaches other weights; the argmin predicts other classes")
  func trainingAndPredictionMistakes() throws {
    let batches = MinibatchOrder.batches(exampleCount: 30, batchSize: 7, epochs: 3, seed: 4)
    let right = try LinearClassifierMistakes.training(.svm, Self.weights, Self.data, 0.05, 0.01, batches)
    for mistake in LinearClassifierMistakes.trainingMistakes {
      let wrong = try mistake.routine(.svm, Self.weights, Self.data, 0.05, 0.01, batches)
      #expect(wrong != right, "\(mistake.id)")
    }
    let predicted = try LinearClassifierMistakes.prediction(Self.weights, Self.data.features)
    let argmin = try #require(LinearClassifierMistakes.predictionMistakes.first).routine(
      Self.weights, Self.data.features)
    #expect(predicted != argmin)
  }
}
