import Foundation

/// An executor that calls `announce` after each compilation through `base`
/// that ended with a program or a build failure (not after the grader's own
/// failure, which is retried): how a grading worker tells its batch that what is
/// left of a student is running and judging (``GradingWorkerReply/compiled``).
public struct CompileAnnouncingExecutor<Base: SubmissionExecutor>: SubmissionExecutor {
  /// The executor doing the work.
  public var base: Base
  /// Called once a compilation has ended with a program or a build failure.
  public var announce: @Sendable () -> Void

  /// Wraps `base`, calling `announce` after each compilation.
  public init(_ base: Base, announce: @escaping @Sendable () -> Void) {
    self.base = base
    self.announce = announce
  }

  public var isolationSummary: String { base.isolationSummary }

  public func hasCompiledProgram(forSubmissionAt folder: URL) -> Bool {
    base.hasCompiledProgram(forSubmissionAt: folder)
  }

  public func compile(submissionAt folder: URL) async throws -> CompilationOutcome<Base.Program> {
    let outcome = try await base.compile(submissionAt: folder)
    announce()
    return outcome
  }

  public func run(_ requests: [GradingPlan.PlannedRequest], in program: Base.Program) async -> [RunRecord] {
    await base.run(requests, in: program)
  }
}
