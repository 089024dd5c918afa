/// The outcome of grading one submission against one rubric: what every
/// report (JUnit XML, feedback text, Gradescope results.json, gradebook CSV)
/// is written from.
///
/// Grading the same submission twice gives equal reports apart from the
/// `seconds` fields.
public struct GradeReport: Codable, Sendable, Equatable {
  /// The assignment's name (`optimizers`).
  public var assignment: String
  /// Who or what was graded: the submission folder's name (a student id in a batch).
  public var submission: String
  /// Whether the submission compiled, with the compiler's diagnostics if not.
  public var build: BuildSummary
  /// One result per rubric item, in rubric order.
  public var items: [ItemResult]
  /// How the student's process was contained on this machine, in one line
  /// ("bubblewrap: no network, engine files hidden" or why less was possible).
  public var isolation: String
  /// Whether hidden items were graded (`grade`) or only counted (`check`).
  public var scope: Scope
  /// Wall-clock seconds for the whole grading, compile included.
  public var seconds: Double

  /// Which items a run grades.
  public enum Scope: String, Codable, Sendable {
    /// Every item: an instructor's grade.
    case all
    /// Visible items only: a student's self-check. Hidden items are listed
    /// as not run and never counted in the total.
    case visibleOnly = "visible_only"
  }

  /// Creates a report.
  public init(
    assignment: String, submission: String, build: BuildSummary, items: [ItemResult],
    isolation: String, scope: Scope, seconds: Double
  ) {
    self.assignment = assignment
    self.submission = submission
    self.build = build
    self.items = items
    self.isolation = isolation
    self.scope = scope
    self.seconds = seconds
  }

  /// Points earned over the items that were graded.
  public var score: Double { items.reduce(0) { $0 + $1.score } }
  /// Points available over every item of the rubric, hidden ones included.
  public var maxScore: Double { items.reduce(0) { $0 + $1.points } }
}

/// Whether the submission compiled.
public struct BuildSummary: Codable, Sendable, Equatable {
  /// True when the compiler produced a runnable program.
  public var succeeded: Bool
  /// The compiler's diagnostics (file:line: error: …), paths relative to the
  /// submission folder; empty on success without warnings.
  public var diagnostics: String
  /// Seconds spent compiling; nil when this run did not compile the
  /// program (the kit's self-check, which SwiftPM built).
  public var seconds: Double?

  /// Creates a build summary.
  public init(succeeded: Bool, diagnostics: String, seconds: Double?) {
    self.succeeded = succeeded
    self.diagnostics = diagnostics
    self.seconds = seconds
  }
}

/// The result of one rubric item.
public struct ItemResult: Codable, Sendable, Equatable {
  /// The rubric item's id (`adam-rosenbrock`).
  public var id: String
  /// The rubric item's display name ("Adam on Rosenbrock").
  public var name: String
  /// Points available.
  public var points: Double
  /// Points earned, 0…points.
  public var score: Double
  /// Who sees the item and when.
  public var visibility: Visibility
  /// Passed, failed (a wrong answer), error (the code could not answer) or skipped.
  public var outcome: Outcome
  /// One line: "matches the reference at all 200 steps", "diverged at step 1", "timed out after 2 s in adam".
  public var summary: String
  /// Further lines for a person: expected vs got, where it first went wrong.
  public var details: [String]
  /// The classic mistake the failure matches, if any.
  public var mistake: NamedMistake?
  /// The rubric's hint, shown on failure.
  public var hint: String?
  /// What the student's code printed while this item ran (capped, sanitized later).
  public var output: String
  /// Seconds spent on this item.
  public var seconds: Double
  /// Charts of what the judge compared (the paths, the errors per step or
  /// per point), for the HTML report; nil when the item has none.
  public var figures: [Figure]?

  /// The cap, in UTF-8 bytes, on the summary and on each line of details:
  /// the grader's words plus at most one capped quotation of the student's.
  public static let lineCap = 8 * 1024
  /// The most lines of details kept; a line says how many more there were.
  public static let detailLineLimit = 64

  /// Creates an item result; the summary and details are capped
  /// (``lineCap``, ``detailLineLimit``) so that no text the student's code
  /// chose can bloat a report.
  public init(
    id: String, name: String, points: Double, score: Double, visibility: Visibility,
    outcome: Outcome, summary: String, details: [String] = [], mistake: NamedMistake? = nil,
    hint: String? = nil, output: String = "", seconds: Double = 0, figures: [Figure]? = nil
  ) {
    self.id = id
    self.name = name
    self.points = points
    self.score = score
    self.visibility = visibility
    self.outcome = outcome
    self.summary = ReportText.studentLine(summary, atBytes: Self.lineCap)
    var kept = details.prefix(Self.detailLineLimit).map { ReportText.capped($0, atBytes: Self.lineCap) }
    if details.count > Self.detailLineLimit { kept.append("… and \(details.count - Self.detailLineLimit) more lines") }
    self.details = kept
    self.mistake = mistake
    self.hint = hint
    self.output = output
    self.seconds = seconds
    self.figures = figures
  }
}

/// How an item ended.
public enum Outcome: String, Codable, Sendable, Equatable {
  /// Full or partial agreement that the rubric counts as passing.
  case passed
  /// The code answered, and the answer is wrong.
  case failed
  /// The code could not answer: crash, timeout, not implemented, compile failure.
  case error
  /// Not run: a hidden item in a self-check.
  case skipped
}

/// Who sees an item and when, as Gradescope names it.
public enum Visibility: String, Codable, Sendable, Equatable, CaseIterable {
  /// Shown to the student, run by `descent check`.
  case visible
  /// Never shown in detail; counted only in an instructor's grade.
  case hidden
  /// Shown once the due date has passed.
  case afterDueDate = "after_due_date"
}

/// A classic mistake that a failed trajectory matches.
public struct NamedMistake: Codable, Sendable, Equatable {
  /// A stable id (`adam-no-bias-correction`).
  public var id: String
  /// What the mistake is, in the lecture's words.
  public var title: String
  /// How to fix it.
  public var fix: String

  /// Creates a named mistake.
  public init(id: String, title: String, fix: String) {
    self.id = id
    self.title = title
    self.fix = fix
  }
}
