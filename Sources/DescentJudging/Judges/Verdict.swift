import DescentReports

/// What a judge concluded about one item, before the item's id,
/// name, points, hint and output are added.
///
/// Only the judges set it, and an ``ItemResult`` takes its status, score
/// and summary from it alone (``ItemResult/init(id:name:points:visibility:verdict:hint:output:seconds:)``),
/// so the three always agree and none comes from the student's text.
public struct Verdict: Sendable, Equatable {
  /// Passed, failed or error.
  public internal(set) var outcome: Outcome
  /// The fraction of the item's points earned, 0…1.
  public internal(set) var credit: Double
  /// One line for people.
  public internal(set) var summary: String
  /// Further lines: expected vs got, where it first went wrong.
  public internal(set) var details: [String]
  /// The classic mistake a wrong answer matches.
  public internal(set) var mistake: NamedMistake?

  /// Creates a verdict; `credit` is clamped to 0…1.
  public init(
    outcome: Outcome, credit: Double, summary: String, details: [String] = [], mistake: NamedMistake? = nil
  ) {
    self.outcome = outcome
    self.credit = credit.isFinite ? min(1, max(0, credit)) : 0
    self.summary = summary
    self.details = details
    self.mistake = mistake
  }

  /// Full marks.
  public static func passed(_ summary: String, details: [String] = []) -> Verdict {
    Verdict(outcome: .passed, credit: 1, summary: summary, details: details)
  }

  /// A wrong answer earning `credit` of the points.
  public static func failed(_ summary: String, details: [String] = [], credit: Double = 0) -> Verdict {
    Verdict(outcome: .failed, credit: credit, summary: summary, details: details)
  }

  /// Code that could not answer, earning `credit` of the points for what it did before.
  public static func error(_ summary: String, details: [String] = [], credit: Double = 0) -> Verdict {
    Verdict(outcome: .error, credit: credit, summary: summary, details: details)
  }
}

extension ItemResult {
  /// The result of an item whose verdict is `verdict`: its outcome, its
  /// score (`points` × the verdict's credit), its summary, details and
  /// mistake all from the judge.
  public init(
    id: String, name: String, points: Double, visibility: Visibility, verdict: Verdict, hint: String?,
    output: String, seconds: Double, figures: [Figure]? = nil
  ) {
    self.init(
      id: id, name: name, points: points, score: points * verdict.credit, visibility: visibility,
      outcome: verdict.outcome, summary: verdict.summary, details: verdict.details, mistake: verdict.mistake,
      hint: hint, output: output, seconds: seconds, figures: figures)
  }
}
