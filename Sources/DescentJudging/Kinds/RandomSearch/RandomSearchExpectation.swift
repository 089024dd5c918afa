import DescentCore
import DescentWire

/// The reference's side of a random-search check: the best of the samples
/// the seeded generator gives, which the student's search, handed a
/// generator with the same seed, must return; and the weights each classic
/// mistake returns instead.
public struct RandomSearchExpectation: Codable, Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// The loss searched.
  public var problem: ProblemSpecification
  /// How many samples.
  public var tries: Int
  /// The best sample.
  public var best: [Double]
  /// How close each coordinate must be.
  public var tolerance: ComparisonTolerance
  /// The classic mistakes' weights.
  public var mistakes: [MistakeAnswers<[Double]>]

  /// Creates the expectation.
  public init(
    routine: String, problem: ProblemSpecification, tries: Int, best: [Double], tolerance: ComparisonTolerance,
    mistakes: [MistakeAnswers<[Double]>]
  ) {
    self.routine = routine
    self.problem = problem
    self.tries = tries
    self.best = best
    self.tolerance = tolerance
    self.mistakes = mistakes
  }
}

extension RandomSearchExpectation: CheckExpectation {
  public static let kind = "random_search"

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    guard results.count == 1, case .vectors(let vectors, let stoppedBy) = results[0] else {
      return .error("Descent received an answer of the wrong kind from \(routine)")
    }
    let tolerance = tolerance
    let objective = try? TestProblems.objective(for: problem)
    func loss(_ point: [Double]) -> String {
      guard let objective, point.count == objective.dimension else { return "" }
      return ", f = \(ComparisonText.value(objective.value(at: point)))"
    }
    let judge = AnswerListJudge<[Double]>(
      target: routine, inputs: ["the best of \(tries) samples"], expected: [best],
      mistakes: mistakes.map { ($0.mistake, $0.answers) },
      accepts: { tolerance.accepts($0, expected: $1) },
      describe: { got, expected in
        guard got.count == expected.count else {
          return "returned \(got.count) weights, the problem has \(expected.count)"
        }
        return
          "expected \(ComparisonText.point(expected))\(loss(expected)), got \(ComparisonText.point(got))\(loss(got))"
      },
      creditsPerInput: false, noun: "searches")
    return judge.verdict(answers: vectors, stoppedBy: stoppedBy)
  }
}

extension ItemExpectation {
  /// A random-search item's expectation.
  public static func randomSearch(_ expectation: RandomSearchExpectation) -> Self { Self(expectation) }
}
