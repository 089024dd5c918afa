import DescentCore
import DescentWire

/// The reference's side of a second-derivative-test check: the kind of
/// critical point each Hessian describes, and what each classic mistake
/// calls it.
public struct CriticalPointExpectation: Codable, Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// Where each Hessian comes from, for messages ("Hessian of himmelblau at (3, 2)").
  public var origins: [String]
  /// The reference's kind for each (a `CriticalPoint` raw value).
  public var kinds: [String]
  /// Whether each right answer earns its share of the points.
  public var creditsPerHessian: Bool
  /// The classic mistakes' kinds for the same Hessians.
  public var mistakes: [MistakeAnswers<String>]

  /// Creates the expectation.
  public init(
    routine: String, origins: [String], kinds: [String], creditsPerHessian: Bool,
    mistakes: [MistakeAnswers<String>]
  ) {
    self.routine = routine
    self.origins = origins
    self.kinds = kinds
    self.creditsPerHessian = creditsPerHessian
    self.mistakes = mistakes
  }
}

extension CriticalPointExpectation: CheckExpectation {
  public static let kind = "critical_point"

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    guard results.count == 1, case .labels(let labels, let stoppedBy) = results[0] else {
      return .error("Descent received an answer of the wrong kind from \(routine)")
    }
    let judge = AnswerListJudge<String>(
      target: routine, inputs: origins, expected: kinds, mistakes: mistakes.map { ($0.mistake, $0.answers) },
      accepts: { $0 == $1 }, describe: { got, expected in "expected \(expected), got \(got)" },
      creditsPerInput: creditsPerHessian, noun: "Hessians")
    return judge.verdict(answers: labels, stoppedBy: stoppedBy)
  }
}

extension ItemExpectation {
  /// A second-derivative-test item's expectation.
  public static func criticalPoint(_ expectation: CriticalPointExpectation) -> Self { Self(expectation) }
}
