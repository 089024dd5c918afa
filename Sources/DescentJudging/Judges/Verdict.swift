import DescentReports

/// What a judge concluded about one item, before the item's id,
/// name, points, hint and output are added.
public struct Verdict: Sendable, Equatable {
  /// Passed, failed or error.
  public var outcome: Outcome
  /// The fraction of the item's points earned, 0…1.
  public var credit: Double
  /// One line for people.
  public var summary: String
  /// Further lines: expected vs got, where it first went wrong.
  public var details: [String]
  /// The classic mistake a wrong answer matches.
  public var mistake: NamedMistake?

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
