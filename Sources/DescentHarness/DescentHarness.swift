// DescentHarness: runs inside the student process. Reads HarnessRequests,
// calls the student catalog, writes HarnessReplies. Trusted code, untrusted neighbours.
import DescentContract
import DescentWire

#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Darwin)
  @preconcurrency import Darwin
#endif

/// The loop inside a compiled submission: the engine's generated entry
/// point calls ``run(catalog:)`` and nothing else.
///
/// ```swift
/// import DescentHarness
/// @main enum DescentHarnessEntryPoint {
///   static func main() { DescentHarness.run(catalog: descentSubmission()) }
/// }
/// ```
///
/// Before the student's code is touched (the catalog is an autoclosure) it
/// applies the resource limits the engine passed on the command line, then
/// answers requests on a private channel until the engine closes it. The
/// student's standard output and error stay theirs: the engine only keeps
/// them as text, so nothing printed there can pass for a reply.
public enum DescentHarness {
  /// Serves requests with the student's catalog, then exits.
  public static func run(catalog: @autoclosure () -> SubmissionCatalog) -> Never {
    guard let launch = HarnessLaunch(arguments: Array(CommandLine.arguments.dropFirst())) else {
      writeError("This program is a compiled Descent submission; the grader runs it (descent grade / descent check).\n")
      exit(2)
    }
    let channel: HarnessChannel
    do {
      channel = try HarnessContainment.apply(launch)
    } catch {
      writeError("descent harness: \(error)\n")
      exit(3)
    }
    HarnessContainment.lineBufferStandardOutput()
    let submission = catalog()
    while true {
      let request: HarnessRequest
      do {
        guard let next = try channel.receive() else { exit(0) }
        request = next
      } catch {
        writeError("descent harness: \(error)\n")
        exit(3)
      }
      let result = TaskPerformer.perform(request.task, with: submission)
      // What the student printed reaches its pipe before the reply does.
      fflush(nil)
      do {
        try channel.send(HarnessReply(id: request.id, result: result))
      } catch {
        writeError("descent harness: \(error)\n")
        exit(3)
      }
    }
  }

  static func writeError(_ text: String) {
    var bytes = Array(text.utf8)
    _ = write(2, &bytes, bytes.count)
  }
}
