import DescentReports
import Foundation

/// Grades one submission against a rubric: compiles it, plans every graded
/// item's work, runs it all in one call to the student's process (in rubric
/// order), computes the reference here, and returns the report.
///
/// Grading is deterministic: the same submission gives equal reports apart
/// from the `seconds` fields. In `.visibleOnly` scope, hidden and
/// after-due-date items are reported as skipped with score 0, and their
/// parameters are never sent to the student's process.
public struct Grader<Executor: SubmissionExecutor>: Sendable {
  /// Compiles and runs submissions.
  public var executor: Executor

  /// Whether each judged item carries the figures of what was compared,
  /// for an HTML report (off by default).
  public var drawsFigures = false

  /// Creates a grader that uses `executor`.
  public init(executor: Executor) {
    self.executor = executor
  }

  /// Grades the submission in `folder`.
  ///
  /// - Parameters:
  ///   - folder: the submission's folder, in any of ``SubmissionLayout``'s
  ///     layouts (one that follows none is a build failure naming why).
  ///   - rubric: the assignment's rubric.
  ///   - scope: every item (an instructor's grade) or visible items only (a self-check).
  ///   - name: who is graded, for the report; the folder's name by default.
  /// - Throws: only when the grader itself cannot work; everything the
  ///   student's code does is in the report.
  public func grade(
    submissionAt folder: URL, rubric: Rubric, scope: GradeReport.Scope, name: String? = nil
  ) async throws -> GradeReport {
    let clock = ContinuousClock()
    let started = clock.now
    let plan = GradingPlan(rubric: rubric, scope: scope)
    let build: BuildSummary
    let items: [ItemResult]
    let outcome: CompilationOutcome<Executor.Program>
    do {
      outcome = try await executor.compile(submissionAt: try SubmissionLayout.sourceFolder(of: folder))
    } catch let error as SubmissionLayoutError {
      outcome = .failed(diagnostics: "error: \(error.message)", seconds: 0)
    }
    switch outcome {
    case .failed(let diagnostics, let seconds):
      build = BuildSummary(succeeded: false, diagnostics: diagnostics, seconds: seconds)
      items = plan.resultsWithoutBuild()
    case .compiled(let program, let diagnostics, let seconds):
      build = BuildSummary(succeeded: true, diagnostics: diagnostics, seconds: seconds)
      let records = plan.requests.isEmpty ? [] : await executor.run(plan.requests, in: program)
      items = plan.results(from: records, drawingFigures: drawsFigures)
    }
    return GradeReport(
      assignment: rubric.assignment, submission: name ?? folder.standardizedFileURL.lastPathComponent, build: build,
      items: items, isolation: executor.isolationSummary, scope: scope,
      seconds: started.duration(to: clock.now).descentSeconds)
  }
}
