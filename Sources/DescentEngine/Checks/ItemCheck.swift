import DescentJudging
import DescentReports
import DescentWire

/// One rubric item as the grader runs it: the tasks to ask of the student's
/// process and, from what came back, the item's result.
///
/// Runs that produced no numbers (crash, timeout, memory, output flood,
/// protocol breach, not run) become `error` results with a message a student
/// understands; answers are judged by ``ItemJudge`` against the expectation
/// its kind of check computes from the reference in this process
/// (``CheckSpecification/expectation()``), then amended by the kind with what
/// only the grader can check.
public struct ItemCheck: Sendable {
  /// The rubric item.
  public var item: RubricItem
  /// The work to ask of the student's process, in order.
  public let tasks: [HarnessTask]

  /// Prepares the check of `item`.
  public init(item: RubricItem) {
    self.item = item
    tasks = item.check.tasks
  }

  /// The item's result from the records of ``tasks``, in the same order,
  /// with the figures of what was compared when `drawingFigures`.
  public func result(from records: [RunRecord], drawingFigures: Bool = false) -> ItemResult {
    let output = records.map(Self.output).filter { !$0.isEmpty }.joined(separator: "\n")
    let seconds = records.reduce(0.0) { $0 + $1.duration.descentSeconds }
    let (verdict, figures) = judged(records, drawingFigures: drawingFigures)
    return result(verdict, output: output, seconds: seconds, figures: figures)
  }

  /// The result for an item that was not run: a hidden item in a self-check.
  public func skipped(_ reason: String) -> ItemResult {
    result(Verdict(outcome: .skipped, credit: 0, summary: reason), output: "", seconds: 0)
  }

  /// The result for an item that could not run because the submission did not compile.
  public func notCompiled() -> ItemResult {
    result(.error("the submission did not compile"), output: "", seconds: 0)
  }

  func verdict(from records: [RunRecord]) -> Verdict { judged(records, drawingFigures: false).verdict }

  /// The verdict on `records` and the figures of what was compared.
  private func judged(_ records: [RunRecord], drawingFigures: Bool) -> (verdict: Verdict, figures: [Figure]) {
    guard records.count == tasks.count else {
      return (.error("the grader ran \(records.count) of \(tasks.count) tasks for this item; tell your instructor"), [])
    }
    var results: [HarnessResult] = []
    for (record, task) in zip(records, tasks) {
      if let message = RunFailureWording.message(for: record.outcome, target: task.target) {
        return (.error(message), [])
      }
      if case .replied(let result) = record.outcome { results.append(result) }
    }
    let expectation: ItemExpectation
    do {
      expectation = try item.check.expectation()
    } catch {
      return (.error("the reference could not run this item (\(error)); tell your instructor"), [])
    }
    let verdict = item.check.definition.amending(
      ItemJudge.verdict(for: expectation, tasks: tasks, results: results), results: results,
      durations: records.map(\.duration))
    guard drawingFigures else { return (verdict, []) }
    return (verdict, ItemFigures.figures(for: expectation, tasks: tasks, results: results, verdict: verdict))
  }

  private func result(_ verdict: Verdict, output: String, seconds: Double, figures: [Figure] = []) -> ItemResult {
    ItemResult(
      id: item.id, name: item.name, points: item.points, visibility: item.visibility, verdict: verdict,
      hint: item.hint, output: output, seconds: seconds, figures: figures.isEmpty ? nil : figures)
  }

  private static func output(_ record: RunRecord) -> String {
    var parts = [record.output.standardOutput, record.output.standardError].filter { !$0.isEmpty }
    if record.output.wasTruncated { parts.append("[… output truncated by the grader]") }
    return parts.joined(separator: "\n")
  }
}
