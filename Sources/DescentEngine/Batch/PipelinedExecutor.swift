import Foundation

/// An executor that lets a batch overlap one student's run with the next
/// student's compilation: at most `compileSlots` compilations and at most
/// `runSlots` runs at once, each through `base`.
///
/// Compiling is what a batch spends its time on. A worker that compiled,
/// then ran, then wrote files would leave its core idle while its student's
/// process starts and answers; with compilation and running limited
/// separately, the batch keeps `--jobs` compilations going while earlier
/// students run beside them.
struct PipelinedExecutor<Base: SubmissionExecutor>: SubmissionExecutor {
  /// The executor doing the work.
  var base: Base
  private let compiling: AsyncSemaphore
  private let running: AsyncSemaphore

  /// Wraps `base` with the given limits.
  init(_ base: Base, compileSlots: Int, runSlots: Int) {
    self.base = base
    self.compiling = AsyncSemaphore(limit: compileSlots)
    self.running = AsyncSemaphore(limit: runSlots)
  }

  var isolationSummary: String { base.isolationSummary }

  func hasCompiledProgram(forSubmissionAt folder: URL) -> Bool { base.hasCompiledProgram(forSubmissionAt: folder) }

  func compile(submissionAt folder: URL) async throws -> CompilationOutcome<Base.Program> {
    await compiling.acquire()
    do {
      let outcome = try await base.compile(submissionAt: folder)
      await compiling.release()
      return outcome
    } catch {
      await compiling.release()
      throw error
    }
  }

  func run(_ requests: [GradingPlan.PlannedRequest], in program: Base.Program) async -> [RunRecord] {
    await running.withPermit { await base.run(requests, in: program) }
  }
}
