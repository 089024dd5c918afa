import DescentReports
import DescentWire

/// What grading a rubric in a scope asks of a student's process, and how
/// the answers become a report.
///
/// Items are planned in rubric order; each task gets the next request id
/// from 1. In a self-check (`.visibleOnly`) hidden and after-due-date items
/// get no tasks at all, so their parameters never reach the student's
/// process, and are reported as skipped with score 0.
public struct GradingPlan: Sendable {
  /// The rubric being graded.
  public var rubric: Rubric
  /// Which items are graded.
  public var scope: GradeReport.Scope
  /// One entry per rubric item: its check, or nil when this scope skips it.
  public var checks: [ItemCheck?]
  /// Every request to send, in rubric order, with the item it belongs to and its time limit.
  public var requests: [PlannedRequest]

  /// A request with its item and time limit.
  public struct PlannedRequest: Sendable {
    /// The request, ids from 1 in rubric order.
    public var request: HarnessRequest
    /// The index of its rubric item.
    public var itemIndex: Int
    /// The item's wall-clock limit.
    public var timeLimit: Duration
  }

  /// Plans `rubric` in `scope`.
  public init(rubric: Rubric, scope: GradeReport.Scope) {
    self.rubric = rubric
    self.scope = scope
    var checks: [ItemCheck?] = []
    var requests: [PlannedRequest] = []
    for (index, item) in rubric.items.enumerated() {
      guard Self.isGraded(item, in: scope) else {
        checks.append(nil)
        continue
      }
      let check = ItemCheck(item: item)
      checks.append(check)
      for task in check.tasks {
        requests.append(
          PlannedRequest(
            request: HarnessRequest(id: requests.count + 1, task: task), itemIndex: index, timeLimit: item.timeLimit))
      }
    }
    self.checks = checks
    self.requests = requests
  }

  /// Whether `scope` grades `item`: every item in `.all`, visible ones in `.visibleOnly`.
  public static func isGraded(_ item: RubricItem, in scope: GradeReport.Scope) -> Bool {
    scope == .all || item.visibility == .visible
  }

  /// One result per rubric item from the runner's records (matched by
  /// request id; a missing record counts as not run).
  public func results(from records: [RunRecord]) -> [ItemResult] {
    var byID: [Int: RunRecord] = [:]
    for record in records { byID[record.request.id] = record }
    return rubric.items.indices.map { index in
      guard let check = checks[index] else { return skipped(index) }
      let itemRecords = requests.filter { $0.itemIndex == index }.map { planned in
        byID[planned.request.id]
          ?? RunRecord(
            request: planned.request, outcome: .notRun("the grader lost this request's record; tell your instructor"),
            duration: .zero, output: CapturedOutput())
      }
      return check.result(from: itemRecords)
    }
  }

  /// One result per rubric item when the submission did not compile: every
  /// graded item an error, every other skipped.
  public func resultsWithoutBuild() -> [ItemResult] {
    rubric.items.indices.map { index in checks[index]?.notCompiled() ?? skipped(index) }
  }

  private func skipped(_ index: Int) -> ItemResult {
    let item = rubric.items[index]
    let reason = item.visibility == .afterDueDate ? "graded after the due date" : "hidden: graded after submission"
    return ItemCheck(item: item).skipped(reason)
  }
}
