import DescentReports
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One grading worker of a batch (`descent grade-worker`, see
/// ``GradingWorkerProtocol``), seen from the batch: it is handed one
/// student at a time and keeps running between students. A regrade, whose
/// programs come from the compile cache, then pays for starting the grader
/// (loading it, reading the rubric, finding the runtime) once per worker
/// rather than once per student.
///
/// A worker that crashes, exits or overruns a student's time limit is
/// killed with everything it started, and is never used again; only the
/// student it was grading is affected. Used by one task at a time.
final class GradingWorker: @unchecked Sendable {
  private let process: SpawnedProcess
  private let jobs: Int32
  private let replies: Int32
  private let output: Int32
  private var replyBytes: [UInt8] = []
  /// The end of what the worker printed (its diagnostics), for messages.
  private var printed = CappedBuffer(capacity: 0, tailCapacity: 4096)
  /// Whether the worker's output pipe is still open.
  private var isPrinting = true
  private var isStopped = false
  private var jobsClosed = false
  /// Students this worker graded.
  private(set) var served = 0
  /// Whether the worker can take another student: it has not been stopped.
  var isUsable: Bool { !isStopped }

  private init(process: SpawnedProcess, jobs: Int32, replies: Int32, output: Int32) {
    self.process = process
    self.jobs = jobs
    self.replies = replies
    self.output = output
  }

  deinit { stop() }

  /// Starts `executable` with `arguments` in `workingDirectory`, with this
  /// process's environment.
  ///
  /// - Throws: ``SpawnError`` when it cannot be started.
  static func start(executable: String, arguments: [String], workingDirectory: String) throws(SpawnError)
    -> GradingWorker
  {
    signal(SIGPIPE, SIG_IGN)
    let jobs = try ChildPipe()
    let replies: ChildPipe
    let output: ChildPipe
    do {
      replies = try ChildPipe()
      output = try ChildPipe()
    } catch {
      close(jobs.readEnd)
      close(jobs.writeEnd)
      throw error
    }
    defer {
      close(jobs.readEnd)
      close(replies.writeEnd)
      close(output.writeEnd)
    }
    let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
    let process: SpawnedProcess
    do {
      process = try SpawnedProcess.spawn(
        executable: executable, arguments: arguments, environment: environment, workingDirectory: workingDirectory,
        descriptors: [
          (jobs.readEnd, 0), (output.writeEnd, 1), (output.writeEnd, 2),
          (replies.writeEnd, GradingWorkerProtocol.replyDescriptor),
        ])
    } catch {
      for end in [jobs.writeEnd, replies.readEnd, output.readEnd] { close(end) }
      throw error
    }
    ChildPipe.setNonBlocking(replies.readEnd)
    ChildPipe.setNonBlocking(output.readEnd)
    return GradingWorker(process: process, jobs: jobs.writeEnd, replies: replies.readEnd, output: output.readEnd)
  }

  /// Grades `job`, waiting at most `timeLimit` for the worker's answer;
  /// `whenCompiled` is called (once, on this thread) when the worker says the
  /// program is built.
  ///
  /// - Throws: ``BatchError`` saying why the student was not graded: the
  ///   worker's own failure (it stays usable), or its crash, exit or
  ///   overrun (it is stopped).
  func grade(_ job: GradingWorkerJob, timeLimit: Duration, whenCompiled: () -> Void = {}) throws(BatchError) {
    guard isUsable else { throw BatchError("the grader was stopped earlier") }
    let line: [UInt8]
    do {
      line = try GradingWorkerProtocol.line(job)
    } catch {
      throw BatchError("the grader's job could not be written: \(error)")
    }
    replyBytes.removeAll()  // an answer is to this job only
    guard GradingWorkerProtocol.write(line, to: jobs) else { throw ended() }
    let deadline = ContinuousClock.now + timeLimit
    var announcedCompiled = false
    while true {
      switch try takeReply() {
      case .compiled?:
        if !announcedCompiled { whenCompiled() }
        announcedCompiled = true
        continue
      case .graded(let failure)?:
        served += 1
        if let failure { throw BatchError(ReportText.singleLine(failure)) }
        return
      case nil: break
      }
      let remaining = deadline - ContinuousClock.now
      guard remaining > .zero else {
        terminate()
        throw BatchError("the grader took longer than \(Int(timeLimit.descentSeconds)) s and was stopped")
      }
      var descriptors = [pollfd(fd: replies, events: Int16(POLLIN), revents: 0)]
      if isPrinting { descriptors.append(pollfd(fd: output, events: Int16(POLLIN), revents: 0)) }
      // In slices, so that a worker whose descendants keep the reply pipe open is still seen to end.
      _ = poll(&descriptors, nfds_t(descriptors.count), Int32(min(remaining.descentSeconds * 1000 + 1, 100)))
      drainOutput()
      switch readReplies() {
      case .some(false): throw ended()
      case .some(true): continue
      case nil: if process.hasEnded { throw ended() }
      }
    }
  }

  /// Lets an idle worker finish (its job queue closes, so it exits), then
  /// makes sure it and everything it started are gone.
  func stop() {
    guard !isStopped else { return }
    closeJobs()
    let deadline = ContinuousClock.now + .seconds(2)
    while process.reap(blocking: false) == nil, ContinuousClock.now < deadline { usleep(2_000) }
    terminate()
  }

  /// Kills the worker at once, with everything it started; its end, once reaped.
  @discardableResult
  private func terminate() -> ProcessEnd? {
    process.killTree()
    let end = process.reap(blocking: true)
    if !isStopped {
      isStopped = true
      closeJobs()
      close(replies)
      close(output)
    }
    return end
  }

  /// Closes the job queue, once: an idle worker then ends.
  private func closeJobs() {
    guard !jobsClosed else { return }
    jobsClosed = true
    close(jobs)
  }

  /// The error for a worker that ended (or closed its end) without answering; kills what is left of it.
  private func ended() -> BatchError {
    drainOutput()
    let end = terminate()
    let lastLine = ReportText.studentLine(
      printed.text.split(whereSeparator: \.isNewline).last.map(String.init) ?? "", atBytes: 500)
    switch end {
    case .signaled(let signal): return BatchError("the grader crashed (signal \(signal)) grading this student")
    case .exited(let status): return BatchError("the grader exited with status \(status): \(lastLine)")
    case nil: return BatchError("the grader stopped answering")
    }
  }

  /// The next whole reply line, decoded, if one has arrived.
  private func takeReply() throws(BatchError) -> GradingWorkerReply? {
    guard let newline = replyBytes.firstIndex(of: 0x0A) else { return nil }
    let line = replyBytes[..<newline]
    replyBytes.removeSubrange(...newline)
    do {
      return try JSONDecoder().decode(GradingWorkerReply.self, from: Data(line))
    } catch {
      terminate()
      throw BatchError("the grader answered something unreadable: \(error)")
    }
  }

  /// Reads what the reply pipe holds: true when bytes came, false at its
  /// end (the worker is gone), nil when nothing is there yet.
  private func readReplies() -> Bool? {
    var chunk = [UInt8](repeating: 0, count: 4096)
    var gotBytes = false
    while true {
      let count = chunk.withUnsafeMutableBytes { read(replies, $0.baseAddress, $0.count) }
      if count > 0 {
        replyBytes += chunk.prefix(count)
        gotBytes = true
      } else if count == 0 {
        return gotBytes ? true : false
      } else if errno == EINTR {
        continue
      } else {
        return gotBytes ? true : nil
      }
    }
  }

  /// Keeps the end of whatever the worker printed, so it never blocks on a
  /// full pipe; at the pipe's end, stops watching it (an ended pipe would
  /// wake every poll at once).
  private func drainOutput() {
    var chunk = [UInt8](repeating: 0, count: 16_384)
    while isPrinting {
      let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
      if count > 0 {
        chunk.withUnsafeBytes { printed.append(UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }
      } else if count == 0 {
        isPrinting = false
      } else if errno != EINTR {
        return
      }
    }
  }
}
