import DescentEngine
import DescentReports
import Foundation

/// Grades a resolved target with the engine's contained executor: the
/// one place the commands choose how student code is compiled and run.
enum SubmissionGrading {
  /// Grades `target` in `scope`.
  ///
  /// - Throws: ``GradingFailure`` (grader unavailable) when the student
  ///   runtime or the compiler cannot be found; everything the student's
  ///   code does is in the report instead.
  static func grade(_ target: GradingTarget, scope: GradeReport.Scope) async throws(GradingFailure) -> GradeReport {
    let executor = try makeExecutor()
    do {
      return try await Grader(executor: executor).grade(
        submissionAt: target.submission, rubric: target.rubric, scope: scope)
    } catch {
      throw .unavailable("could not grade \(target.submission.path): \(error)")
    }
  }

  /// The contained executor over the student runtime built beside this `descent`
  /// (or named by `DESCENT_STUDENT_RUNTIME`).
  private static func makeExecutor() throws(GradingFailure) -> ContainedExecutor {
    do {
      return ContainedExecutor(runtime: try StudentRuntime.locate())
    } catch {
      throw .unavailable("\(error)")
    }
  }
}
