import DescentReports
import Foundation

/// Grades each student of a batch in a process of its own: `descent grade`
/// with the batch's assignment, rubric and limits, its report read back as
/// JSON. Whatever happens while one student is graded (a crash of the
/// grading code itself, a hang, memory exhausted), the batch goes on with
/// the others, and that student is recorded as a grader error, never as a
/// grade.
///
/// A grader failure is retried once, since most are transient (a machine
/// under pressure); a second failure is final for this run, and a resumed
/// batch retries that student only.
public struct ChildProcessGrading: Sendable {
  /// The `descent` to run (this program, or `DESCENT_BATCH_GRADER`).
  public var executable: URL
  /// `grade`'s options that every student shares: assignment, course or
  /// rubric, limits. `--submission` and `--report-json` are added per student.
  public var gradeArguments: [String]
  /// The longest one student's grading may take before it is stopped.
  public var timeLimit: Duration
  /// Where the child runs (relative paths in ``gradeArguments`` start there).
  public var workingDirectory: URL
  /// How many times a failed grading is tried again.
  public var retries = 1

  /// The environment variable naming another executable to grade each
  /// student with (a wrapper that adds logging, or a test's failing grader).
  public static let executableVariable = "DESCENT_BATCH_GRADER"

  /// Creates the grading; `executable` is replaced by `$DESCENT_BATCH_GRADER` when that is set.
  public init(
    executable: URL, gradeArguments: [String], timeLimit: Duration, workingDirectory: URL,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    self.executable = environment[Self.executableVariable].map { URL(fileURLWithPath: $0) } ?? executable
    self.gradeArguments = gradeArguments
    self.timeLimit = timeLimit
    self.workingDirectory = workingDirectory
  }

  /// Grades `folder` as student `id` in a child process, retrying once; the
  /// child writes its report to `reportFile`, removed afterwards.
  ///
  /// - Throws: ``BatchError`` saying how the last try failed.
  public func grade(_ folder: URL, as id: String, reportingTo reportFile: URL) async throws(BatchError) -> GradeReport {
    var failure = BatchError("the grader was not run")
    for _ in 0...retries {
      do {
        return try await gradeOnce(folder, as: id, reportFile: reportFile)
      } catch {
        failure = error
      }
    }
    throw BatchError("\(failure.message) (tried \(retries + 1) times)")
  }

  private func gradeOnce(_ folder: URL, as id: String, reportFile: URL) async throws(BatchError) -> GradeReport {
    try? FileManager.default.removeItem(at: reportFile)
    try? FileManager.default.createDirectory(
      at: reportFile.deletingLastPathComponent(), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: reportFile) }
    let arguments = gradeArguments + ["--submission", folder.path, "--report-json", reportFile.path]
    let (executable, timeLimit, directory) = (executable.path, timeLimit, workingDirectory.path)
    let run = await DedicatedThread.run("descent-batch-student") {
      Result {
        try BoundedCommand.run(
          executable: executable, arguments: arguments, workingDirectory: directory, timeLimit: timeLimit,
          outputCap: 64 * 1024)
      }
    }
    let result: BoundedCommand.Result
    switch run {
    case .success(let value): result = value
    case .failure(let error): throw BatchError("the grader could not be started: \(error)")
    }
    let lastLine = ReportText.studentLine(
      result.output.split(whereSeparator: \.isNewline).last.map(String.init) ?? "", atBytes: 500)
    switch result.end {
    case .exited(0): break
    case .exited(let status): throw BatchError("the grader exited with status \(status): \(lastLine)")
    case .signaled(let signal): throw BatchError("the grader crashed (signal \(signal)) grading this student")
    case nil: throw BatchError("the grader took longer than \(Int(timeLimit.descentSeconds)) s and was stopped")
    }
    do {
      var report = try JSONDecoder().decode(GradeReport.self, from: Data(contentsOf: reportFile))
      report.submission = id
      return report
    } catch {
      throw BatchError("the grader's report could not be read: \(error)")
    }
  }
}
