import DescentEngine
import DescentReports
import Foundation

/// Grades with the engine's contained executor: the one place the commands
/// (`grade`, `check`, `batch`) choose how student code is compiled and run.
enum SubmissionGrading {
  /// Grades `target` in `scope` within `limits`.
  ///
  /// - Throws: ``CommandFailure`` (grader unavailable) when the student
  ///   runtime or the compiler cannot be found; everything the student's
  ///   code does is in the report instead.
  static func grade(
    _ target: GradingTarget, scope: GradeReport.Scope, limits: GradingLimits
  ) async throws(CommandFailure) -> GradeReport {
    let executor = try executor(limits: limits)
    do {
      return try await Grader(executor: executor).grade(
        submissionAt: target.submission, rubric: limits.applied(to: target.rubric), scope: scope)
    } catch {
      throw .unavailable("could not grade \(target.submission.path): \(error)")
    }
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
