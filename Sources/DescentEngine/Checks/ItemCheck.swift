import DescentReports
import DescentWire

/// One rubric item as the grader runs it: the tasks to ask of the student's
/// process and, from what came back, the item's result.
///
/// Runs that produced no numbers (crash, timeout, memory, output flood,
/// protocol breach, not run) and work that could not start (missing from the
/// catalog, a factory that threw, a `NotImplemented` stub) become `error`
/// results with a message a student understands; answers go to the item's
/// kind of check.
public struct ItemCheck: Sendable {
  /// The rubric item.
  public var item: RubricItem
  private var evaluator: any CheckKindEvaluator

  /// Prepares the check of `item`.
  public init(item: RubricItem) {
    self.item = item
    switch item.check {
    case .trajectory(let parameters): evaluator = TrajectoryCheck(parameters: parameters)
    case .gradient(let parameters): evaluator = GradientCheck(parameters: parameters)
    case .convergence(let parameters): evaluator = ConvergenceCheck(parameters: parameters)
    case .value(let parameters): evaluator = ValueCheck(parameters: parameters)
    }
  }

  /// The work to ask of the student's process, in order.
  public var tasks: [HarnessTask] { evaluator.tasks }

  /// The item's result from the records of ``tasks``, in the same order.
  public func result(from records: [RunRecord]) -> ItemResult {
    let output = records.map(Self.output).filter { !$0.isEmpty }.joined(separator: "\n")
    let seconds = records.reduce(0.0) { $0 + Self.seconds($1.duration) }
    return result(verdict(from: records), output: output, seconds: seconds)
  }

  /// The result for an item that was not run: a hidden item in a self-check.
  public func skipped(_ reason: String) -> ItemResult {
    result(CheckVerdict(outcome: .skipped, credit: 0, summary: reason), output: "", seconds: 0)
  }

  /// The result for an item that could not run because the submission did not compile.
  public func notCompiled() -> ItemResult {
    result(.error("the submission did not compile"), output: "", seconds: 0)
  }

  func verdict(from records: [RunRecord]) -> CheckVerdict {
    let tasks = tasks
    guard records.count == tasks.count else {
      return .error("the grader ran \(records.count) of \(tasks.count) tasks for this item; tell your instructor")
    }
    var results: [HarnessResult] = []
    for (record, task) in zip(records, tasks) {
      if let message = RunFailureWording.message(for: record.outcome, target: task.target) {
        return .error(message)
      }
      guard case .replied(let result) = record.outcome else { continue }
      if case .failed(let studentError) = result {
        return .error(RunFailureWording.message(for: studentError, target: task.target))
      }
      results.append(result)
    }
    return evaluator.verdict(from: results)
  }

  private func result(_ verdict: CheckVerdict, output: String, seconds: Double) -> ItemResult {
    ItemResult(
      id: item.id, name: item.name, points: item.points, score: item.points * verdict.credit,
      visibility: item.visibility, outcome: verdict.outcome, summary: verdict.summary, details: verdict.details,
      mistake: verdict.mistake, hint: item.hint, output: output, seconds: seconds)
  }

  private static func output(_ record: RunRecord) -> String {
    var parts = [record.output.standardOutput, record.output.standardError].filter { !$0.isEmpty }
    if record.output.wasTruncated { parts.append("[… output truncated by the grader]") }
    return parts.joined(separator: "\n")
  }

  private static func seconds(_ duration: Duration) -> Double {
    let (whole, attoseconds) = duration.components
    return Double(whole) + Double(attoseconds) / 1e18
  }
}
