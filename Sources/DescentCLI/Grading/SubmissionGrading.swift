import DescentEngine
import DescentReports
import Foundation

/// Grades with the engine's contained executor: the one place the commands
/// (`grade`, `check`, `batch`) choose how student code is compiled and run.
enum SubmissionGrading {
  /// Grades `target` in `scope` within `limits`, with each item's figures
  /// when `drawingFigures` (for an HTML report).
  ///
  /// - Throws: ``CommandFailure`` (grader unavailable, exit 3) when the
  ///   student runtime or the compiler cannot be found, or the grader failed
  ///   twice; everything the student's code does is in the report instead.
  static func grade(
    _ target: GradingTarget, scope: GradeReport.Scope, limits: GradingLimits, drawingFigures: Bool = false,
    programCache: CompiledProgramCache? = nil
  ) async throws(CommandFailure) -> GradeReport {
    var executor = try executor(limits: limits)
    executor.programCache = programCache
    return try await grade(target, scope: scope, limits: limits, with: executor, drawingFigures: drawingFigures)
  }

  /// Grades `target` in `scope` with `executor`, made by ``executor(limits:)``
  /// for `limits` (or wrapping one): how a grading worker grades student after student.
  ///
  /// - Throws: ``CommandFailure`` (grader unavailable, exit 3) when the grader failed twice.
  static func grade(
    _ target: GradingTarget, scope: GradeReport.Scope, limits: GradingLimits, with executor: some SubmissionExecutor,
    drawingFigures: Bool = false
  ) async throws(CommandFailure) -> GradeReport {
    var grader = Grader(executor: executor)
    grader.drawsFigures = drawingFigures
    let rubric = limits.applied(to: target.rubric)
    // A failure on the grader's side (never the student's code, which ends
    // in the report) is tried once more before it is reported as the grader's.
    var failure: (any Error)?
    for _ in 0..<2 {
      do {
        return try await grader.grade(submissionAt: target.submission, rubric: rubric, scope: scope)
      } catch {
        failure = error
      }
    }
    throw .unavailable(
      "the grader failed (tried twice) on \(target.submission.path): \(failure.map { "\($0)" } ?? "unknown error")")
  }

  /// The contained executor over the student runtime built beside this
  /// `descent` (or named by `DESCENT_STUDENT_RUNTIME`), compiling and
  /// running within `limits`.
  ///
  /// - Throws: ``CommandFailure`` (grader unavailable) when the student runtime cannot be found.
  static func executor(limits: GradingLimits) throws(CommandFailure) -> ContainedExecutor {
    do {
      return ContainedExecutor(runtime: try StudentRuntime.locate(), limits: limits.resourceLimits())
    } catch {
      throw .unavailable("\(error)")
    }
  }
}
