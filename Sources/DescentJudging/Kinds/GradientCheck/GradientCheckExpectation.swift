import DescentCore
import DescentWire

/// The reference's side of a gradient-check check: the relative error the
/// reference's check reports at each point for the gradient handed over
/// (the exact one times `gradientScale`), and each classic mistake's.
///
/// A relative error is judged as the course reads it, not to the digit:
/// where the reference's is at most 1e-7 (a correct gradient: what is left
/// is rounding noise, which differs with the order of operations), the
/// student's must be at most 1e-7 too; elsewhere it must lie within a
/// factor 2.5 of the reference's, which accepts the other common
/// denominators (max(|a|, |n|) instead of |a| + |n|) and nothing that
/// misses the scale.
public struct GradientCheckExpectation: Codable, Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// The points x.
  public var points: [[Double]]
  /// The factor on the exact gradient the routine was handed.
  public var gradientScale: Double
  /// The reference's relative error at each point.
  public var errors: [Double]
  /// Whether each right point earns its share of the points.
  public var creditsPerPoint: Bool
  /// The classic mistakes' relative errors at the same points.
  public var mistakes: [MistakeAnswers<Double>]

  /// The course's threshold for a correct gradient.
  public static let correctBound = 1e-7
  /// How far from the reference's a relative error above ``correctBound`` may be, as a ratio.
  public static let ratioBand = 0.4...2.5

  /// Creates the expectation.
  public init(
    routine: String, points: [[Double]], gradientScale: Double, errors: [Double], creditsPerPoint: Bool,
    mistakes: [MistakeAnswers<Double>]
  ) {
    self.routine = routine
    self.points = points
    self.gradientScale = gradientScale
    self.errors = errors
    self.creditsPerPoint = creditsPerPoint
    self.mistakes = mistakes
  }

  /// Whether the relative error `got` reads as `expected` does.
  public static func accepts(_ got: Double, expected: Double) -> Bool {
    guard got.isFinite, got >= 0 else { return false }
    if expected <= correctBound { return got <= correctBound }
    return ratioBand.contains(got / expected)
  }
}

extension GradientCheckExpectation: CheckExpectation {
  public static let kind = "gradient_check"

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    guard results.count == 1, case .numbers(let numbers, let stoppedBy) = results[0] else {
      return .error("Descent received an answer of the wrong kind from \(routine)")
    }
    let handed = gradientScale == 1 ? "the exact gradient" : "the gradient × \(ComparisonText.value(gradientScale))"
    let judge = AnswerListJudge<Double>(
      target: routine, inputs: points.map { "\(ComparisonText.point($0)) with \(handed)" }, expected: errors,
      mistakes: mistakes.map { ($0.mistake, $0.answers) }, accepts: Self.accepts,
      describe: { got, expected in
        let wanted =
          expected <= Self.correctBound
          ? "at most 1e-7 (a correct gradient)"
          : "about \(ComparisonText.scientific(expected)) (within a factor 2.5)"
        return "expected a relative error of \(wanted), got \(ComparisonText.scientific(got))"
      },
      creditsPerInput: creditsPerPoint, noun: "points")
    return judge.verdict(answers: numbers, stoppedBy: stoppedBy)
  }
}

extension ItemExpectation {
  /// A gradient-check item's expectation.
  public static func gradientCheck(_ expectation: GradientCheckExpectation) -> Self { Self(expectation) }
}
