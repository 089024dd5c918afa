import DescentWire
import Foundation

/// One running student process and the requests sent to it, one at a time.
///
/// A single thread multiplexes the four pipes with `poll`: the request is
/// written, the student's standard output and error are drained into capped
/// buffers, and the reply is read from the private channel. The harness
/// flushes the student's output before it replies, so the output a record
/// carries is exactly what that request printed.
final class StudentSession {
  private let process: SpawnedProcess
  private let requestEnd: Int32
  private let replyEnd: Int32
  private var outputEnd: Int32
  private var errorEnd: Int32
  private var output: CappedBuffer
  private var error: CappedBuffer
  private var replyBytes: [UInt8] = []
  private let limits: ResourceLimits
  private let studentFiles: [String]
  private let signalsShowAsStatus: Bool
  private let backtraces: Bool
  private let backtraceHelper: URL?
  private(set) var isAlive = true
  /// The requests this process has answered.
  private var answered: Set<Int> = []
  /// Ids of answered requests for which a second reply arrived later, while
  /// another request ran: the process wrote on the grader's channel during
  /// that earlier request, and its record must say so
  /// (``takeLateReplies()``).
  private var lateReplies: [Int] = []

  /// How long past its time limit a request may take while the runtime's
  /// backtracer reports a crash that happened within the limit: granted
  /// only while the toolchain's backtracer itself runs under the student's
  /// process (seen in `/proc`), never for text the student printed.
  static let backtraceAllowance: Duration = .seconds(3)
  /// The end of standard error kept past its cap (``ResourceLimits/outputBytes``),
  /// enough for the runtime's crash report and a 32-frame backtrace.
  static let errorTailBytes = 64 << 10

  /// Starts the program described by `launch`.
  init(launch: StudentLaunch, limits: ResourceLimits, studentFiles: [String]) throws(SpawnError) {
    _ = Self.brokenPipesIgnored
    let requests = try ChildPipe()
    let replies = try ChildPipe()
    let standardOutput = try ChildPipe()
    let standardError = try ChildPipe()
    let childEnds = [requests.readEnd, replies.writeEnd, standardOutput.writeEnd, standardError.writeEnd]
    defer { for end in childEnds { close(end) } }
    do {
      process = try SpawnedProcess.spawn(
        executable: launch.executable, arguments: launch.arguments, environment: launch.environment,
        workingDirectory: launch.workingDirectory,
        descriptors: [
          (standardOutput.writeEnd, 1), (standardError.writeEnd, 2), (requests.readEnd, 3), (replies.writeEnd, 4),
        ])
    } catch {
      for end in [requests.writeEnd, replies.readEnd, standardOutput.readEnd, standardError.readEnd] { close(end) }
      throw error
    }
    requestEnd = requests.writeEnd
    replyEnd = replies.readEnd
    outputEnd = standardOutput.readEnd
    errorEnd = standardError.readEnd
    for end in [requestEnd, replyEnd, outputEnd, errorEnd] { ChildPipe.setNonBlocking(end) }
    self.limits = limits
    self.studentFiles = studentFiles
    signalsShowAsStatus = launch.signalsShowAsStatus
    backtraces = launch.backtraces
    backtraceHelper = launch.backtraceHelper
    output = CappedBuffer(capacity: limits.outputBytes)
    // Standard error keeps its end too: a crash's backtrace comes last, after any flood.
    error = CappedBuffer(capacity: limits.outputBytes, tailCapacity: Self.errorTailBytes)
  }

  deinit { stop() }

  /// A request written to a process that has just died must fail with
  /// EPIPE, not end the grader.
  private static let brokenPipesIgnored: Bool = {
    signal(SIGPIPE, SIG_IGN)
    return true
  }()

  /// Sends `planned` and waits for its reply, its time limit, or the end of the process.
  func perform(_ planned: GradingPlan.PlannedRequest) -> RunRecord {
    let clock = ContinuousClock()
    let started = clock.now
    var deadline = started + planned.timeLimit
    var allowedBacktrace = false
    output.reset()
    error.reset()
    replyBytes.removeAll(keepingCapacity: true)
    var pending: [UInt8]
    do {
      pending = try WireFrame.frame(planned.request)
    } catch {
      return record(planned, .notRun("the grader could not encode this request: \(error)"), since: started)
    }
    var replyOpen = true
    let replyLimit = planned.request.task.replyByteLimit
    while true {
      var descriptors: [pollfd] = []
      if !pending.isEmpty { descriptors.append(pollfd(fd: requestEnd, events: Int16(POLLOUT), revents: 0)) }
      if replyOpen { descriptors.append(pollfd(fd: replyEnd, events: Int16(POLLIN), revents: 0)) }
      if outputEnd >= 0 { descriptors.append(pollfd(fd: outputEnd, events: Int16(POLLIN), revents: 0)) }
      if errorEnd >= 0 { descriptors.append(pollfd(fd: errorEnd, events: Int16(POLLIN), revents: 0)) }
      let remaining = deadline - clock.now
      if remaining <= .zero {
        // Crashed in time, still backtracing: wait for it to die, a bounded while.
        if !allowedBacktrace, let helper = backtraceHelper, RuntimeBacktrace.signal(inOutput: error.text) != nil,
          ProcessTree.hasDescendant(of: process.processID, runningExecutableAt: helper)
        {
          allowedBacktrace = true
          deadline = clock.now + Self.backtraceAllowance
          continue
        }
        return finish(planned, .timedOut(limit: planned.timeLimit), since: started)
      }
      let milliseconds = Int32(min(remaining.descentSeconds * 1000 + 1, 60_000))
      let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
      if ready < 0 && errno != EINTR {
        return finish(planned, .notRun("the grader lost its pipes to your program (errno \(errno))"), since: started)
      }
      drainOutput()
      if !pending.isEmpty, !writePending(&pending) {
        // The harness is gone before reading its request.
        pending.removeAll()
      }
      if replyOpen {
        replyOpen = readReply(upTo: replyLimit)
        var parse = parsedReply(for: planned.request.id, limit: replyLimit)
        while case .late(let earlier) = parse {
          lateReplies.append(earlier)
          parse = parsedReply(for: planned.request.id, limit: replyLimit)
        }
        switch parse {
        case .late: continue
        case .reply(let result):
          // Decoding is part of the request's time.
          if clock.now > deadline { return finish(planned, .timedOut(limit: planned.timeLimit), since: started) }
          drainOutput()
          if let crash = CrashDiagnosis.crashBeforeReply(standardError: error.text, studentFiles: studentFiles) {
            return finish(planned, .crashed(crash), since: started)
          }
          answered.insert(planned.request.id)
          return record(planned, .replied(result), since: started)
        case .violation(let violation):
          return finish(planned, .protocolViolation(violation), since: started)
        case .incomplete:
          if !replyOpen { return finish(planned, nil, since: started) }
        }
      }
    }
  }

  /// The requests answered twice since the last call, each once.
  func takeLateReplies() -> [Int] {
    defer { lateReplies.removeAll() }
    var seen: Set<Int> = []
    return lateReplies.filter { seen.insert($0).inserted }
  }

  /// Kills the process group, reaps the child, closes the pipes.
  func stop() {
    guard isAlive else { return }
    isAlive = false
    process.killGroup()
    process.reap(blocking: true)
    for end in [requestEnd, replyEnd, outputEnd, errorEnd] where end >= 0 { close(end) }
    outputEnd = -1
    errorEnd = -1
  }

  private func record(
    _ planned: GradingPlan.PlannedRequest, _ outcome: RunOutcome, since started: ContinuousClock.Instant
  )
    -> RunRecord
  {
    RunRecord(
      request: planned.request, outcome: outcome, duration: ContinuousClock.now - started,
      output: CapturedOutput(
        standardOutput: output.text,
        standardError: RuntimeBacktrace.redacted(error.text, studentFiles: studentFiles),
        wasTruncated: output.wasTruncated || error.wasTruncated))
  }

  /// Ends the process after a failure; a nil `outcome` means it died on its
  /// own and the outcome is read from how it ended.
  private func finish(
    _ planned: GradingPlan.PlannedRequest, _ outcome: RunOutcome?, since started: ContinuousClock.Instant
  )
    -> RunRecord
  {
    let duration = ContinuousClock.now - started
    if outcome != nil { process.killGroup() }
    // Collect what it printed while dying (the runtime's message), briefly.
    let grace = ContinuousClock.now + .milliseconds(outcome == nil ? 2_000 : 300)
    while outputEnd >= 0 || errorEnd >= 0, ContinuousClock.now < grace {
      var descriptors = [outputEnd, errorEnd].filter { $0 >= 0 }.map {
        pollfd(fd: $0, events: Int16(POLLIN), revents: 0)
      }
      _ = poll(&descriptors, nfds_t(descriptors.count), 50)
      drainOutput()
    }
    process.killGroup()
    let end = process.reap(blocking: true)
    let resolved =
      outcome
      ?? CrashDiagnosis.outcome(
        end, standardError: error.text, studentFiles: studentFiles, limits: limits,
        signalsShowAsStatus: signalsShowAsStatus, backtraces: backtraces)
    stop()
    var result = record(planned, resolved, since: started)
    result.duration = duration
    return result
  }

  /// Reads whatever the student's output pipes hold; closes them at their end.
  private func drainOutput() {
    if outputEnd >= 0, !drain(outputEnd, into: &output) {
      close(outputEnd)
      outputEnd = -1
    }
    if errorEnd >= 0, !drain(errorEnd, into: &error) {
      close(errorEnd)
      errorEnd = -1
    }
  }

  /// Reads until the pipe is empty, or at most 1 MiB, so that a process
  /// writing as fast as it is read cannot keep the caller from its deadline;
  /// false at end of file.
  private func drain(_ descriptor: Int32, into buffer: inout CappedBuffer) -> Bool {
    var chunk = [UInt8](repeating: 0, count: 65_536)
    for _ in 0..<16 {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        chunk.withUnsafeBytes { buffer.append(UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }
        continue
      }
      if count == 0 { return false }
      return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR
    }
    return true
  }

  /// Writes what the pipe takes; false when the harness has gone.
  private func writePending(_ pending: inout [UInt8]) -> Bool {
    let count = pending.withUnsafeBytes { write(requestEnd, $0.baseAddress, $0.count) }
    if count > 0 {
      pending.removeFirst(count)
      return true
    }
    return count < 0 && (errno == EAGAIN || errno == EINTR)
  }

  /// Reads reply bytes, stopping once more than a frame of `limit` bytes is
  /// in; false at end of file.
  private func readReply(upTo limit: Int) -> Bool {
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(replyEnd, $0.baseAddress, $0.count) }
      if count > 0 {
        replyBytes += chunk.prefix(count)
        if replyBytes.count > limit + 4 { return true }
        continue
      }
      if count == 0 { return false }
      return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR
    }
  }

  /// The reply once a whole frame has arrived; a violation for a bad frame
  /// or one announced longer than `limit`, the most the request's answer
  /// can take (``HarnessTask/replyByteLimit``). A whole frame answering a
  /// request this process already answered is taken off the buffer and
  /// reported as late, for that request's record.
  private func parsedReply(for id: Int, limit: Int) -> ReplyParse {
    guard replyBytes.count >= 4 else { return .incomplete }
    let length: Int
    do {
      length = try WireFrame.payloadLength(header: Array(replyBytes.prefix(4)))
    } catch {
      return .violation("the reply channel carried something that is not a reply (\(error.reason))")
    }
    guard length <= limit else {
      return .violation(
        "a reply of \(ByteCountText.describe(length)) where the answer to this request takes at most"
          + " \(ByteCountText.describe(limit))")
    }
    guard replyBytes.count >= 4 + length else { return .incomplete }
    let reply: HarnessReply
    do {
      reply = try WireDecoder.decode(HarnessReply.self, from: Array(replyBytes[4..<(4 + length)]))
    } catch {
      return .violation("the reply channel carried something that is not a reply (\(error))")
    }
    if reply.id != id, answered.contains(reply.id) {
      replyBytes.removeFirst(4 + length)
      return .late(request: reply.id)
    }
    guard replyBytes.count == 4 + length else { return .violation("more than one reply arrived for request \(id)") }
    guard reply.id == id else { return .violation("a reply to request \(reply.id) arrived for request \(id)") }
    return .reply(reply.result)
  }
}

/// How far the reply to a request has arrived.
private enum ReplyParse {
  case reply(HarnessResult)
  case violation(String)
  /// A second reply to an earlier request of this process.
  case late(request: Int)
  case incomplete
}
