import DescentReports
import Foundation

/// A batch's grading workers: each student is graded in one of them, a
/// `descent grade-worker` process with the batch's assignment, rubric and
/// limits (see ``GradingWorkerProtocol``), its report read back as JSON. A worker
/// grades one student at a time and then the next, so the grader starts
/// once per worker rather than once per student; whatever happens while one
/// student is graded (a crash of the grading code itself, a hang, memory
/// exhausted), that worker is stopped, the batch goes on with the others in
/// fresh workers, and that student is recorded as a grader error, never as
/// a grade.
///
/// A grader failure is retried once, in another worker if the first one
/// ended, since most are transient (a machine under pressure); a second
/// failure is final for this run, and a resumed batch retries that student
/// only.
public struct GradingWorkers: Sendable {
  /// The `descent` to run (this program, or `DESCENT_BATCH_GRADER`).
  public var executable: URL
  /// `grade-worker`'s arguments: the subcommand, then the options every
  /// student shares (assignment, course or rubric, limits).
  public var workerArguments: [String]
  /// The longest one student's grading may take before it is stopped.
  public var timeLimit: Duration
  /// Where workers run (relative paths in ``workerArguments`` start there).
  public var workingDirectory: URL
  /// How many times a failed grading is tried again.
  public var retries = 1
  /// How many students a worker grades before it is replaced by a fresh one,
  /// which bounds what a long batch can accumulate in one process.
  public var studentsPerWorker = 100
  private let idle = GradingWorkerPool()

  /// The environment variable naming another executable to grade with (a
  /// wrapper that adds logging, or a test's failing grader); it is run as a
  /// worker, with ``workerArguments``.
  public static let executableVariable = "DESCENT_BATCH_GRADER"

  /// Creates the grading; `executable` is replaced by `$DESCENT_BATCH_GRADER` when that is set.
  public init(
    executable: URL, workerArguments: [String], timeLimit: Duration, workingDirectory: URL,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    self.executable = environment[Self.executableVariable].map { URL(fileURLWithPath: $0) } ?? executable
    self.workerArguments = workerArguments
    self.timeLimit = timeLimit
    self.workingDirectory = workingDirectory
  }

  /// Grades `folder` as student `id` in a worker, retrying once; the
  /// worker writes its report to `reportFile`, removed afterwards.
  /// `whenCompiled` is called when the student's program is built and only
  /// running and judging are left (at most once per try).
  ///
  /// - Throws: ``BatchError`` saying how the last try failed.
  public func grade(
    _ folder: URL, as id: String, reportingTo reportFile: URL, whenCompiled: @escaping @Sendable () -> Void = {}
  ) async throws(BatchError) -> GradeReport {
    var failure = BatchError("the grader was not run")
    for _ in 0...retries {
      do {
        return try await gradeOnce(folder, as: id, reportFile: reportFile, whenCompiled: whenCompiled)
      } catch {
        failure = error
      }
    }
    throw BatchError("\(failure.message) (tried \(retries + 1) times)")
  }

  /// Stops the idle workers; a batch calls this when every student is done.
  public func stopWorkers() { idle.stopAll() }

  private func gradeOnce(
    _ folder: URL, as id: String, reportFile: URL, whenCompiled: @escaping @Sendable () -> Void
  ) async throws(BatchError) -> GradeReport {
    try? FileManager.default.removeItem(at: reportFile)
    try? FileManager.default.createDirectory(
      at: reportFile.deletingLastPathComponent(), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: reportFile) }
    let job = GradingWorkerJob(submission: folder.path, reportJSON: reportFile.path)
    let (executable, arguments, directory) = (executable.path, workerArguments, workingDirectory.path)
    let (idle, timeLimit, studentsPerWorker) = (idle, timeLimit, studentsPerWorker)
    let graded = await DedicatedThread.run("descent-batch-student") { () -> Result<Void, BatchError> in
      let worker: GradingWorker
      do {
        worker =
          try idle.take()
          ?? GradingWorker.start(
            executable: executable, arguments: arguments, workingDirectory: directory)
      } catch {
        return .failure(BatchError("the grader could not be started: \(error)"))
      }
      defer { idle.giveBack(worker, retiring: worker.served >= studentsPerWorker) }
      return Result { () throws(BatchError) in try worker.grade(job, timeLimit: timeLimit, whenCompiled: whenCompiled) }
    }
    try graded.get()
    do {
      var report = try JSONDecoder().decode(GradeReport.self, from: Data(contentsOf: reportFile))
      report.submission = id
      return report
    } catch {
      throw BatchError("the grader's report could not be read: \(error)")
    }
  }
}
