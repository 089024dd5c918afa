import DescentJudging
import DescentReports

/// Runs a kit's visible items with the student's code and judges them:
/// the report a student sees before submitting.
///
/// Every visible item is run (through an ``ItemExecutor``) and judged
/// against the kit's numbers by ``ItemJudge``; every withheld item is listed
/// as skipped with its points, so the total never reads as a grade.
public struct SelfCheckRunner<Executor: ItemExecutor>: Sendable {
  /// The kit's data.
  public var manifest: SelfCheckManifest
  /// Where the student's code runs.
  public var executor: Executor

  /// Creates a runner.
  public init(manifest: SelfCheckManifest, executor: Executor) {
    self.manifest = manifest
    self.executor = executor
  }

  /// The report over every visible item, or only those whose ids are in
  /// `only` (the others are reported as skipped: not selected).
  ///
  /// - Parameter progress: called before each item runs, with its index and the count.
  public func run(
    only: Set<String>? = nil, submission: String = "self-check",
    progress: (_ item: SelfCheckItem, _ index: Int, _ count: Int) -> Void = { _, _, _ in }
  ) -> GradeReport {
    let clock = ContinuousClock()
    let start = clock.now
    let chosen = manifest.items.filter { only?.contains($0.id) ?? true }
    var results: [ItemResult] = []
    var index = 0
    for item in manifest.items {
      guard only?.contains(item.id) ?? true else {
        results.append(
          ItemResult(
            id: item.id, name: item.name, points: item.points, score: 0, visibility: .visible, outcome: .skipped,
            summary: "not selected"))
        continue
      }
      progress(item, index, chosen.count)
      index += 1
      results.append(result(item, run: executor.run(item)))
    }
    for (number, withheld) in manifest.withheldItems.enumerated() {
      let when = withheld.visibility == .afterDueDate ? "graded after the due date" : "hidden: graded after submission"
      results.append(
        ItemResult(
          id: "withheld-\(number + 1)", name: "hidden item \(number + 1)", points: withheld.points, score: 0,
          visibility: withheld.visibility, outcome: .skipped, summary: when))
    }
    return GradeReport(
      assignment: manifest.assignment, submission: submission,
      build: BuildSummary(succeeded: true, diagnostics: "", seconds: nil), items: results,
      isolation: "self-check: each item in its own process on your machine (not the grader's sandbox)",
      scope: .visibleOnly, seconds: Seconds.between(start, clock.now))
  }

  /// The item's result from its run.
  public func result(_ item: SelfCheckItem, run: ItemRun) -> ItemResult {
    let verdict: Verdict
    var figures: [Figure] = []
    switch run.outcome {
    case .answered(let results):
      verdict = ItemJudge.verdict(for: item, results: results)
      figures = ItemFigures.figures(for: item.expectation, tasks: item.tasks, results: results, verdict: verdict)
    case .crashed(let message): verdict = .error(message)
    case .timedOut(let limit):
      let target = item.tasks.first?.target ?? item.id
      verdict = .error("timed out after \(ReportText.points(limit)) s in \(target)")
    case .notRun(let reason): verdict = .error("not run: \(reason)")
    }
    return ItemResult(
      id: item.id, name: item.name, points: item.points, visibility: .visible, verdict: verdict, hint: item.hint,
      output: run.output, seconds: run.seconds, figures: figures.isEmpty ? nil : figures)
  }
}
