import DescentReports
import Foundation

/// Runs planned requests in order against a compiled submission, one
/// student process at a time: the process serves request after request
/// until one crashes, times out or breaks the protocol, and the next
/// request then gets a fresh process in a fresh working folder.
///
/// Each visibility class gets processes of its own: a process never serves
/// both a hidden item and one whose results a student sees, so it cannot
/// carry a hidden item's inputs into visible feedback.
///
/// The CPU-time limit (RLIMIT_CPU) counts everything a process has done, so
/// a process is also replaced before a request whose time limit, added to
/// the time its earlier requests took, could reach it: the limit then stops
/// only a request that itself burns more CPU than its wall-clock time (with
/// threads), never one that merely comes late in a long rubric.
///
/// A second reply to a request, arriving while a later one runs, is that
/// earlier request's protocol violation: its record is amended, and the
/// later request keeps waiting for its own answer.
struct SubmissionRunner {
  var runtime: StudentRuntime
  var limits: ResourceLimits
  var mode: SandboxMode

  /// One record per request, in order.
  func run(_ requests: [GradingPlan.PlannedRequest], in program: CompiledSubmission) -> [RunRecord] {
    var records: [RunRecord] = []
    var session: (StudentSession, ScratchFolder)?
    var sessionVisibility: Visibility?
    var served = Duration.zero
    defer { session?.0.stop() }
    for (index, planned) in requests.enumerated() {
      if let (current, _) = session,
        served + planned.timeLimit >= .seconds(limits.cpuSeconds) || sessionVisibility != planned.visibility
      {
        current.stop()
        session = nil
      }
      sessionVisibility = planned.visibility
      if session == nil {
        served = .zero
        do {
          let folder = try ScratchFolder(in: program.folder, prefix: "run")
          var processLimits = limits
          // A request allowed more wall-clock time than the CPU limit gets a process whose CPU limit is above it.
          processLimits.cpuSeconds = max(limits.cpuSeconds, Int(planned.timeLimit.descentSeconds.rounded(.up)) + 1)
          let launch = StudentLaunch.make(
            program: program.executable, runFolder: folder.url, runtime: runtime, limits: processLimits, mode: mode)
          session = (
            try StudentSession(launch: launch, limits: processLimits, studentFiles: program.studentFiles), folder
          )
        } catch {
          let reason = "the grader could not start your program: \(error)"
          records += requests[index...].map {
            RunRecord(request: $0.request, outcome: .notRun(reason), duration: .zero, output: CapturedOutput())
          }
          return records
        }
      }
      guard let (current, _) = session else { continue }
      let record = current.perform(planned)
      records.append(record)
      for late in current.takeLateReplies() {
        guard let earlier = records.lastIndex(where: { $0.request.id == late }) else { continue }
        records[earlier].outcome = .protocolViolation(
          "a second reply to request \(late) arrived after its answer, while request \(planned.request.id) ran")
      }
      served += record.duration
      if case .replied = record.outcome {
      } else {
        current.stop()
        session = nil
      }
    }
    return records
  }
}
