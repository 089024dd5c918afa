import DescentCore
import DescentWire

/// The reference's side of a numeric-gradient check: the gradient the
/// asked formula gives at each point, and what each classic mistake gives.
///
/// The student's routine differentiates the same f (built in their process
/// from the same test problem) with the same h, so a right formula agrees
/// to rounding whatever order it computes in.
public struct NumericGradientExpectation: Codable, Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// The formula asked for (`forward`, `centered`), for messages.
  public var formula: String
  /// The points x.
  public var points: [[Double]]
  /// The reference's numeric gradient at each point.
  public var gradients: [[Double]]
  /// How close each coordinate must be.
  public var tolerance: ComparisonTolerance
  /// Whether each right point earns its share of the points.
  public var creditsPerPoint: Bool
  /// The classic mistakes' gradients at the same points.
  public var mistakes: [MistakeAnswers<[Double]>]

  /// Creates the expectation.
  public init(
    routine: String, formula: String, points: [[Double]], gradients: [[Double]], tolerance: ComparisonTolerance,
    creditsPerPoint: Bool, mistakes: [MistakeAnswers<[Double]>]
  ) {
    self.routine = routine
    self.formula = formula
    self.points = points
    self.gradients = gradients
    self.tolerance = tolerance
    self.creditsPerPoint = creditsPerPoint
    self.mistakes = mistakes
  }
}

extension NumericGradientExpectation: CheckExpectation {
  public static let kind = "numeric_gradient"

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    guard results.count == 1, case .vectors(let vectors, let stoppedBy) = results[0] else {
      return .error("Descent received an answer of the wrong kind from \(routine)")
    }
    let tolerance = tolerance
    let judge = AnswerListJudge<[Double]>(
      target: routine, inputs: points.map { "∇f\(ComparisonText.point($0))" }, expected: gradients,
      mistakes: mistakes.map { ($0.mistake, $0.answers) },
      accepts: { tolerance.accepts($0, expected: $1) },
      describe: { got, expected in
        guard got.count == expected.count else {
          return "returned \(got.count) derivatives for \(expected.count) coordinates"
        }
        return "expected \(ComparisonText.point(expected)) (\(formula) differences), got \(ComparisonText.point(got))"
      },
      creditsPerInput: creditsPerPoint, noun: "points")
    return judge.verdict(answers: vectors, stoppedBy: stoppedBy)
  }
}

extension ItemExpectation {
  /// A numeric-gradient item's expectation.
  public static func numericGradient(_ expectation: NumericGradientExpectation) -> Self { Self(expectation) }
}
