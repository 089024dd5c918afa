import DescentJudging
import DescentWire

/// The grading half of one kind of check: the fields its rubric items
/// take, the tasks it sends to the student's process, and the expectation
/// it computes from the reference.
///
/// A kind is one unit in two halves: this one (a file in `Checks/Kinds/`),
/// and its judging half, a ``CheckExpectation`` in `DescentJudging/Kinds/`,
/// which the kit's self-check shares. Register a new kind in ``CheckKinds``.
///
/// ```swift
/// struct ValueParameters: CheckDefinition {
///   static let kind = "value"
///   static let fieldNames = ["function", "points", "tolerance", "partial_credit"]
///   init(reading fields: CheckFields) throws(RubricError) { … }
///   var tasks: [HarnessTask] { [.evaluation(…)] }
///   func expectation() throws -> any CheckExpectation { ValueExpectation(…) }
/// }
/// ```
public protocol CheckDefinition: Sendable, Equatable {
  /// The kind's name, as the rubric writes it: the same as its
  /// ``CheckExpectation/kind``.
  static var kind: String { get }

  /// The fields an item's `check` of this kind may give besides `kind` and
  /// `timeout_seconds`; any other is an error naming its line.
  static var fieldNames: [String] { get }

  /// Reads and validates the check's fields, each error naming its line.
  init(reading fields: CheckFields) throws(RubricError)

  /// The work to ask of the student's process, in order, planned from the
  /// rubric alone: no reference computation is needed to know what to ask.
  var tasks: [HarnessTask] { get }

  /// What the answers are judged against, from the reference.
  ///
  /// - Throws: when the reference cannot run the check (a rubric the loader
  ///   accepted but the reference refuses), for the instructor.
  func expectation() throws -> any CheckExpectation

  /// The judge's verdict, amended with what only the grader can check (it
  /// holds the reference and the problem's gradients, and measures how long
  /// each task took from outside the student's process; a kit does none of
  /// this). `durations` are the tasks' wall-clock times, in order. The
  /// default returns `verdict` unchanged.
  func amending(_ verdict: Verdict, results: [HarnessResult], durations: [Duration]) -> Verdict

  /// What `descent rubric lint` tells the instructor about this check: items
  /// whose verdicts would not mean what they say. Each message is one line
  /// without the item's place, which the lint adds. The default has none.
  ///
  /// - Throws: when the reference cannot run the check.
  func lintFindings() throws -> [RubricLintFinding]
}

extension CheckDefinition {
  public func amending(_ verdict: Verdict, results: [HarnessResult], durations: [Duration]) -> Verdict { verdict }

  public func lintFindings() throws -> [RubricLintFinding] { [] }

  /// Whether `other` is a check of this type and equal to this one.
  func isEqual(to other: any CheckDefinition) -> Bool { (other as? Self) == self }
}
