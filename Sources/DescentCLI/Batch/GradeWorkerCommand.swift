import ArgumentParser
import DescentEngine
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `descent grade-worker`: the grading worker `descent batch` starts (see
/// ``GradingWorkerProtocol``). It reads one student per line on standard
/// input, grades each as `descent grade` would with the options it was
/// started with, writes the report as JSON where the job says, and answers
/// each on descriptor 3; it ends when its input does. Not for people: it is
/// hidden from help.
struct GradeWorkerCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "grade-worker",
    abstract: "Grade the students `descent batch` sends, one per line (started by `descent batch`).",
    shouldDisplay: false)

  @OptionGroup var target: AssignmentOptions

  @Option(name: .customLong("compile-cache"), help: ArgumentHelp("Compiled programs' cache.", valueName: "dir"))
  var compileCache: String?

  @Flag(name: .customLong("figures"), help: "Each item's figures in the reports.")
  var figures = false

  @OptionGroup(title: "Limits") var limits: LimitOptions

  func run() async throws {
    try await CommandFailure.reporting {
      // A pipe from the batch; by hand, the lowest free descriptor is often taken by the runtime itself.
      var reply = stat()
      guard fstat(GradingWorkerProtocol.replyDescriptor, &reply) == 0, reply.st_mode & S_IFMT == S_IFIFO else {
        throw CommandFailure.misuse("grade-worker answers on descriptor 3: it is started by `descent batch`")
      }
      let gradingLimits = try limits.limits()
      var executor = try SubmissionGrading.executor(limits: gradingLimits)
      executor.programCache = compileCache.map { CompiledProgramCache(folder: URL(fileURLWithPath: $0)) }
      // The batch may start its next compilation once this one is done.
      let announcing = CompileAnnouncingExecutor(executor) { _ = GradingWorkerProtocol.send(.compiled) }
      var rubric: Rubric?
      while let line = readLine(strippingNewline: true) {
        let reply: GradingWorkerReply
        do {
          let job = try JSONDecoder().decode(GradingWorkerJob.self, from: Data(line.utf8))
          let resolved = try GradingTarget.resolve(
            target, submissionPath: job.submission, unrecognized: [], gradesEmptyFolders: true, knownRubric: rubric)
          if GradingTarget.rubricIsFixed(by: target) { rubric = resolved.rubric }
          let report = try await SubmissionGrading.grade(
            resolved, scope: .all, limits: gradingLimits, with: announcing, drawingFigures: figures)
          // A hand-over read once the answer arrives, then removed: no need to wait for the disk.
          try GradeCommand.json(report).write(to: URL(fileURLWithPath: job.reportJSON))
          reply = .graded(failure: nil)
        } catch {
          reply = .graded(failure: "\(error)")
        }
        guard GradingWorkerProtocol.send(reply) else {
          throw CommandFailure.unavailable("grade-worker: the batch stopped reading its answers")
        }
      }
    }
  }
}
