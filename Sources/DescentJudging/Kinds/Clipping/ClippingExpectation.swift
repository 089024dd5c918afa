import DescentCore
import DescentReports
import DescentWire

/// The reference's side of a clipping check: each gradient clipped by the
/// asked rule, and what each classic mistake gives.
public struct ClippingExpectation: Codable, Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// The rule asked (`norm`, `value`), for messages.
  public var rule: String
  /// c.
  public var threshold: Double
  /// The gradients handed over.
  public var gradients: [[Double]]
  /// The reference's clipped gradients.
  public var clipped: [[Double]]
  /// How close each entry must be.
  public var tolerance: ComparisonTolerance
  /// Whether each right gradient earns its share of the points.
  public var creditsPerGradient: Bool
  /// The classic mistakes' clipped gradients.
  public var mistakes: [MistakeAnswers<[Double]>]

  /// Creates the expectation.
  public init(
    routine: String, rule: String, threshold: Double, gradients: [[Double]], clipped: [[Double]],
    tolerance: ComparisonTolerance, creditsPerGradient: Bool, mistakes: [MistakeAnswers<[Double]>]
  ) {
    self.routine = routine
    self.rule = rule
    self.threshold = threshold
    self.gradients = gradients
    self.clipped = clipped
    self.tolerance = tolerance
    self.creditsPerGradient = creditsPerGradient
    self.mistakes = mistakes
  }
}

extension ClippingExpectation: CheckExpectation {
  public static let kind = "clipping"

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    guard results.count == 1, case .vectors(let vectors, let stoppedBy) = results[0] else {
      return .error("Descent received an answer of the wrong kind from \(routine)")
    }
    let tolerance = tolerance
    let judge = AnswerListJudge<[Double]>(
      target: routine, inputs: gradients.map { "clip\(ComparisonText.point($0))" }, expected: clipped,
      mistakes: mistakes.map { ($0.mistake, $0.answers) }, accepts: { tolerance.accepts($0, expected: $1) },
      describe: { got, expected in
        guard got.count == expected.count else {
          return "returned \(got.count) entries for a gradient of \(expected.count)"
        }
        return "expected \(ComparisonText.point(expected)) (by \(rule), c = \(ComparisonText.value(threshold))),"
          + " got \(ComparisonText.point(got))"
      },
      creditsPerInput: creditsPerGradient, noun: "gradients")
    return judge.verdict(answers: vectors, stoppedBy: stoppedBy)
  }
}

extension ItemExpectation {
  /// A clipping item's expectation.
  public static func clipping(_ expectation: ClippingExpectation) -> Self { Self(expectation) }
}
