import DescentReports
import DescentWire

/// What grading a rubric in a scope asks of a student's process, and how
/// the answers become a report.
///
/// Items are planned by visibility class, in rubric order within each:
/// visible items first, then after-due-date ones, then hidden ones last;
/// each task gets the next request id from 1. The runner gives each class
/// a student process of its own (``SubmissionRunner``), so a process that
/// saw a hidden item's inputs never answers anything a student sees. In a
/// self-check (`.visibleOnly`) hidden and after-due-date items get no tasks
/// at all, so their parameters never reach the student's process, and are
/// reported as skipped with score 0.
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
    /// Who sees the item: requests of each visibility run in processes of their own.
    public var visibility: Visibility = .visible
  }

  /// The order in which visibility classes run: what a student sees first,
  /// hidden items last and alone.
  public static let visibilityOrder: [Visibility] = [.visible, .afterDueDate, .hidden]

  /// Plans `rubric` in `scope`.
  public init(rubric: Rubric, scope: GradeReport.Scope) {
    self.rubric = rubric
    self.scope = scope
    let checks: [ItemCheck?] = rubric.items.map { Self.isGraded($0, in: scope) ? ItemCheck(item: $0) : nil }
    var requests: [PlannedRequest] = []
    for visibility in Self.visibilityOrder {
      for (index, item) in rubric.items.enumerated() where item.visibility == visibility {
        for task in checks[index]?.tasks ?? [] {
          requests.append(
            PlannedRequest(
              request: HarnessRequest(id: requests.count + 1, task: task), itemIndex: index,
              timeLimit: item.timeLimit, visibility: visibility))
        }
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
  /// request id; a missing record counts as not run); with
  /// `drawingFigures`, each judged item carries the figures of what was
  /// compared (``ItemFigures``).
  public func results(from records: [RunRecord], drawingFigures: Bool = false) -> [ItemResult] {
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
      return check.result(from: itemRecords, drawingFigures: drawingFigures)
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
