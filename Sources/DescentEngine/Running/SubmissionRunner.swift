import Foundation

/// Runs planned requests in order against a compiled submission, one
/// student process at a time: the process serves request after request
/// until one crashes, times out or breaks the protocol, and the next
/// request then gets a fresh process in a fresh working folder.
struct SubmissionRunner {
  var runtime: StudentRuntime
  var limits: ResourceLimits
  var mode: SandboxMode

  /// One record per request, in order.
  func run(_ requests: [GradingPlan.PlannedRequest], in program: CompiledSubmission) -> [RunRecord] {
    var records: [RunRecord] = []
    var session: (StudentSession, ScratchFolder)?
    defer { session?.0.stop() }
    for (index, planned) in requests.enumerated() {
      if session == nil {
        do {
          let folder = try ScratchFolder(in: program.folder, prefix: "run")
          let launch = StudentLaunch.make(
            program: program.executable, runFolder: folder.url, runtime: runtime, limits: limits, mode: mode)
          session = (try StudentSession(launch: launch, limits: limits, studentFiles: program.studentFiles), folder)
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
      if case .replied = record.outcome {
      } else {
        current.stop()
        session = nil
      }
    }
    return records
  }
}
