import DescentCore
import DescentReports
import DescentWire

/// The reference's side of a schedule check: the rate at each asked step,
/// and what each classic mistake gives there.
public struct ScheduleExpectation: Codable, Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// The schedule asked (`step`, `exponential`, `linear`, `cosine`), for messages.
  public var schedule: String
  /// The steps k.
  public var steps: [Int]
  /// The reference's εₖ at each step.
  public var rates: [Double]
  /// How close each rate must be.
  public var tolerance: ComparisonTolerance
  /// Whether each right rate earns its share of the points.
  public var creditsPerStep: Bool
  /// The classic mistakes' rates at the same steps.
  public var mistakes: [MistakeAnswers<Double>]

  /// Creates the expectation.
  public init(
    routine: String, schedule: String, steps: [Int], rates: [Double], tolerance: ComparisonTolerance,
    creditsPerStep: Bool, mistakes: [MistakeAnswers<Double>]
  ) {
    self.routine = routine
    self.schedule = schedule
    self.steps = steps
    self.rates = rates
    self.tolerance = tolerance
    self.creditsPerStep = creditsPerStep
    self.mistakes = mistakes
  }
}

extension ScheduleExpectation: CheckExpectation {
  public static let kind = "schedule"

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    guard results.count == 1, case .numbers(let rates, let stoppedBy) = results[0] else {
      return .error("Descent received an answer of the wrong kind from \(routine)")
    }
    let tolerance = tolerance
    let judge = AnswerListJudge<Double>(
      target: routine, inputs: steps.map { "step \($0)" }, expected: self.rates,
      mistakes: mistakes.map { ($0.mistake, $0.answers) }, accepts: { tolerance.accepts($0, expected: $1) },
      describe: { got, expected in
        let (e, g) = ComparisonText.pair(expected: expected, got: got)
        return "expected ε = \(e) (\(schedule) schedule), got \(g)"
      },
      creditsPerInput: creditsPerStep, noun: "steps")
    return judge.verdict(answers: rates, stoppedBy: stoppedBy)
  }
}

extension ItemExpectation {
  /// A schedule item's expectation.
  public static func schedule(_ expectation: ScheduleExpectation) -> Self { Self(expectation) }
}
