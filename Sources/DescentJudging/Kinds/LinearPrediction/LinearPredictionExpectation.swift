import DescentCore
import DescentWire

/// The reference's side of a prediction check: argmax of X·W per example,
/// the true labels (for the accuracy reported), and what each classic
/// mistake predicts.
public struct LinearPredictionExpectation: Codable, Sendable, Equatable {
  /// The predictor's catalog name.
  public var routine: String
  /// The reference's class per example.
  public var classes: [Int]
  /// The data's true class per example.
  public var labels: [Int]
  /// The classic mistakes' predictions.
  public var mistakes: [MistakeAnswers<Int>]

  /// Creates the expectation.
  public init(routine: String, classes: [Int], labels: [Int], mistakes: [MistakeAnswers<Int>]) {
    self.routine = routine
    self.classes = classes
    self.labels = labels
    self.mistakes = mistakes
  }
}

extension LinearPredictionExpectation: CheckExpectation {
  public static let kind = "linear_prediction"

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    guard results.count == 1, case .integers(let predicted, _) = results[0] else {
      return .error("Descent received an answer of the wrong kind from \(routine)")
    }
    let judge = AnswerListJudge<Int>(
      target: routine, inputs: classes.indices.map { "example \($0)" }, expected: classes,
      mistakes: mistakes.map { ($0.mistake, $0.answers) },
      accepts: { $0 == $1 }, describe: { got, expected in "expected class \(expected), got \(got)" },
      creditsPerInput: false, noun: "examples")
    var verdict = judge.verdict(answers: predicted, stoppedBy: nil)
    if predicted.count == labels.count, !labels.isEmpty {
      let right = zip(predicted, labels).filter { $0 == $1 }.count
      let percent = ComparisonText.value((Double(right) / Double(labels.count) * 1000).rounded() / 10)
      verdict.details.append("your predictions' accuracy on these examples: \(percent) %")
    }
    return verdict
  }
}

extension ItemExpectation {
  /// A prediction item's expectation.
  public static func linearPrediction(_ expectation: LinearPredictionExpectation) -> Self { Self(expectation) }
}
