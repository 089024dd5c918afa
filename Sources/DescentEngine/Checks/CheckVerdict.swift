import DescentReports
import DescentWire

/// What a check concluded about one item, before the grader adds the
/// item's id, name, points, hint, output and time.
struct CheckVerdict: Sendable, Equatable {
  /// Passed, failed or error.
  var outcome: Outcome
  /// The fraction of the item's points earned, 0…1.
  var credit: Double
  /// One line for people.
  var summary: String
  /// Further lines: expected vs got, where it first went wrong.
  var details: [String] = []
  /// The classic mistake a wrong answer matches.
  var mistake: NamedMistake? = nil

  /// Full marks.
  static func passed(_ summary: String, details: [String] = []) -> CheckVerdict {
    CheckVerdict(outcome: .passed, credit: 1, summary: summary, details: details)
  }

  /// A wrong answer earning `credit` of the points.
  static func failed(_ summary: String, details: [String] = [], credit: Double = 0) -> CheckVerdict {
    CheckVerdict(outcome: .failed, credit: min(1, max(0, credit)), summary: summary, details: details)
  }

  /// Code that could not answer, earning `credit` of the points for what it did before.
  static func error(_ summary: String, details: [String] = [], credit: Double = 0) -> CheckVerdict {
    CheckVerdict(outcome: .error, credit: min(1, max(0, credit)), summary: summary, details: details)
  }
}

/// The common shape of the four check kinds: the work to ask of the
/// student's process, and a verdict from what came back.
protocol CheckKindEvaluator: Sendable {
  /// The tasks to run, in order.
  var tasks: [HarnessTask] { get }
  /// The verdict from the replies to ``tasks``, in the same order. The
  /// caller has already turned crashes, timeouts and work that could not
  /// start into errors; a reply of the wrong kind is the evaluator's to report.
  func verdict(from results: [HarnessResult]) -> CheckVerdict
}
