import DescentReports
import Foundation
import Yams

/// What grading one submission must give, read from the `expected.yaml`
/// beside it: the outcome of each listed item (with the classic mistake it
/// must name, or words its summary must contain), the outcome of every
/// other item, the exact total when it is known, and lines the feedback
/// must contain.
struct SampleExpectation: Decodable, Sendable {
  /// What the submission does, for failure messages.
  var description: String
  /// The outcome of every item not listed in ``items``.
  var others: Outcome
  /// Items whose outcome differs from ``others`` or needs a closer look.
  var items: [String: ItemExpectation] = [:]
  /// The exact total, when partial credit does not make it fractional.
  var score: Double?
  /// Text the feedback must contain (compiler diagnostics, for example).
  var feedback: [String] = []
  /// The rubric to grade with, relative to the submission's Submissions/
  /// folder, when it is not rubrics/optimizers.yaml.
  var rubric: String?

  /// One item's expected outcome.
  struct ItemExpectation: Decodable, Sendable {
    /// Passed, failed or error.
    var outcome: Outcome
    /// The id of the classic mistake the item must name.
    var mistake: String?
    /// Words the item's one-line summary must contain ("crashed", "timed out after 2 s in rmsprop").
    var summary: String?
    /// A known defect outside the submission that makes this item differ from
    /// the expectation: its mismatches are recorded as a known issue, and its
    /// disappearance as a failure (so that the note is removed once fixed).
    var knownIssue: String?

    private enum CodingKeys: String, CodingKey {
      case outcome, mistake, summary
      case knownIssue = "known_issue"
    }
  }

  private enum CodingKeys: String, CodingKey {
    case description, others, items, score, feedback, rubric
  }

  init(description: String, others: Outcome, items: [String: ItemExpectation] = [:], score: Double? = nil) {
    self.description = description
    self.others = others
    self.items = items
    self.score = score
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    description = try container.decode(String.self, forKey: .description)
    others = try container.decode(Outcome.self, forKey: .others)
    items = try container.decodeIfPresent([String: ItemExpectation].self, forKey: .items) ?? [:]
    score = try container.decodeIfPresent(Double.self, forKey: .score)
    feedback = try container.decodeIfPresent([String].self, forKey: .feedback) ?? []
    rubric = try container.decodeIfPresent(String.self, forKey: .rubric)
  }

  /// Reads `expected.yaml` in `folder`.
  static func load(from folder: URL) throws -> SampleExpectation {
    let file = folder.appendingPathComponent("expected.yaml")
    return try YAMLDecoder().decode(Self.self, from: String(contentsOf: file, encoding: .utf8))
  }

  /// Every way `report` and `feedbackText` differ from this expectation,
  /// one line each, with the known issue that explains it if any; empty when they agree.
  func mismatches(in report: GradeReport, feedbackText: String) -> [(problem: String, knownIssue: String?)] {
    var all: [(problem: String, knownIssue: String?)] = []
    for item in report.items {
      let problems = itemMismatches(item, feedbackText: feedbackText)
      let knownIssue = items[item.id]?.knownIssue
      all += problems.map { ($0, knownIssue) }
      if let knownIssue, problems.isEmpty {
        all.append(("\(item.id): the known issue '\(knownIssue)' is gone: remove known_issue from expected.yaml", nil))
      }
    }
    return all + reportMismatches(report, feedbackText: feedbackText).map { ($0, nil) }
  }

  private func reportMismatches(_ report: GradeReport, feedbackText: String) -> [String] {
    var problems: [String] = []
    let ids = Set(report.items.map(\.id))
    for id in items.keys where !ids.contains(id) { problems.append("expected.yaml names unknown item '\(id)'") }
    if let score, abs(report.score - score) > 1e-9 {
      problems.append("total: expected \(score), got \(report.score)")
    }
    for text in feedback where !feedbackText.contains(text) {
      problems.append("the feedback lacks '\(text)'")
    }
    return problems
  }

  private func itemMismatches(_ item: ItemResult, feedbackText: String) -> [String] {
    var problems: [String] = []
    let expected = items[item.id] ?? ItemExpectation(outcome: others)
    let seen = "\(item.outcome.rawValue) \(item.score)/\(item.points): \(item.summary)"
    if item.outcome != expected.outcome {
      return ["\(item.id): expected \(expected.outcome.rawValue), got \(seen)"]
    }
    switch item.outcome {
    case .passed where item.score != item.points: problems.append("\(item.id): passed without full points: \(seen)")
    case .error where item.score != 0: problems.append("\(item.id): an error must score 0: \(seen)")
    case .failed where item.score >= item.points: problems.append("\(item.id): failed with full points: \(seen)")
    default: break
    }
    if let mistake = expected.mistake, item.mistake?.id != mistake {
      problems.append("\(item.id): expected mistake \(mistake), got \(item.mistake?.id ?? "none"): \(seen)")
    }
    if expected.mistake == nil, item.outcome == .passed, let named = item.mistake {
      problems.append("\(item.id): a pass names mistake \(named.id)")
    }
    if let summary = expected.summary, !item.summary.contains(summary) {
      problems.append("\(item.id): summary lacks '\(summary)': \(seen)")
    }
    // A hidden item's details (its mistake among them) are not shown to the student; the report names it.
    if let mistake = item.mistake, item.visibility == .visible, !feedbackText.contains(mistake.title) {
      problems.append("\(item.id): the feedback does not name mistake '\(mistake.title)'")
    }
    return problems
  }
}
