import Foundation
import Testing

@testable import DescentEngine

/// A batch's grading workers, driven with stand-in workers written in bash
/// that speak ``GradingWorkerProtocol`` (or break it): one process serves
/// student after student, and whatever goes wrong costs only the student in
/// hand.
@Suite("Grading workers")
struct GradingWorkerTests {
  private let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-worker-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  /// A worker running `script` (bash, jobs on standard input, replies on descriptor 3).
  private func worker(_ script: String) throws -> GradingWorker {
    let file = folder.appendingPathComponent("worker-\(UUID().uuidString).sh")
    try Data("#!/bin/bash\n\(script)\n".utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
    return try GradingWorker.start(executable: file.path, arguments: [], workingDirectory: folder.path)
  }

  private func job(_ name: String) -> GradingWorkerJob {
    GradingWorkerJob(submission: "/submissions/\(name)", reportJSON: folder.appendingPathComponent("\(name).json").path)
  }

  /// The error `body` throws, as text.
  private func failure(_ body: () throws -> Void) -> String {
    do {
      try body()
      return "no error"
    } catch {
      return (error as? BatchError)?.message ?? "\(error)"
    }
  }

  @Test("one worker process answers student after student")
  func servesManyStudents() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let pids = folder.appendingPathComponent("pids")
    let worker = try worker(#"while IFS= read -r job; do echo $$ >> '\#(pids.path)'; echo '{"graded":{}}' >&3; done"#)
    for name in ["ada", "bo", "cy"] { try worker.grade(job(name), timeLimit: .seconds(10)) }
    #expect(worker.served == 3 && worker.isUsable)
    let lines = try String(contentsOf: pids, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 3 && Set(lines).count == 1, "the same process each time: \(lines)")
    worker.stop()
    #expect(!worker.isUsable)
  }

  @Test("a worker that closes its output still answers, without the batch spinning on the closed pipe")
  func closedOutput() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let worker = try worker(#"exec 1>&- 2>&-; while IFS= read -r job; do sleep 0.3; echo '{"graded":{}}' >&3; done"#)
    let before = Self.threadCPUSeconds()
    try worker.grade(job("ada"), timeLimit: .seconds(10))
    let busy = Self.threadCPUSeconds() - before
    #expect(busy < 0.2, "waiting 0.3 s for the answer took \(busy) s of this thread's CPU")
  }

  /// The CPU time this thread has used, in seconds (other tests running beside it do not count).
  private static func threadCPUSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }

  @Test("the worker's word that the program is built is passed on once, before the answer")
  func compiledNotice() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let worker = try worker(
      #"""
      while IFS= read -r job; do
        echo '{"compiled":{}}' >&3; echo '{"compiled":{}}' >&3; sleep 0.1; echo '{"graded":{}}' >&3
      done
      """#)
    var notices = 0
    try worker.grade(job("ada"), timeLimit: .seconds(10)) { notices += 1 }
    #expect(notices == 1)
    try worker.grade(job("bo"), timeLimit: .seconds(10)) { notices += 1 }
    #expect(notices == 2 && worker.served == 2, "each student's notice, once")
  }

  @Test("the grader's own failure is that student's error, and the worker takes the next one")
  func failureReply() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let worker = try worker(
      #"""
      IFS= read -r job; echo '{"graded":{"failure":"rubric line 3:\nbad"}}' >&3
      while IFS= read -r job; do echo '{"graded":{}}' >&3; done
      """#)
    #expect(failure { try worker.grade(job("ada"), timeLimit: .seconds(10)) } == "rubric line 3: bad")
    #expect(worker.isUsable)
    try worker.grade(job("bo"), timeLimit: .seconds(10))
    #expect(worker.served == 2)
  }

  @Test("a worker that crashes, exits or answers nonsense is stopped, and says how")
  func brokenWorkers() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let cases = [
      ("IFS= read -r job; kill -SEGV $$", "the grader crashed (signal 11) grading this student"),
      ("IFS= read -r job; echo 'no space left on device'; exit 3", "the grader exited with status 3: no space left"),
      ("IFS= read -r job; echo 'not json' >&3; sleep 30", "the grader answered something unreadable"),
      // Its own child keeps the reply pipe open: the worker's end is still seen.
      ("sleep 30 & IFS= read -r job; kill -ILL $$", "the grader crashed (signal 4) grading this student"),
    ]
    for (script, expected) in cases {
      let worker = try worker(script)
      let start = ContinuousClock.now
      let message = failure { try worker.grade(job("ada"), timeLimit: .seconds(20)) }
      #expect(message.hasPrefix(expected), "\(script): \(message)")
      #expect(ContinuousClock.now - start < .seconds(15), "\(script): seen to end, not waited out")
      #expect(!worker.isUsable, "\(script)")
    }
  }

  @Test("a worker that hangs is stopped at the time limit, with every process it started")
  func hangingWorker() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let pidFile = folder.appendingPathComponent("sleeper")
    let worker = try worker("IFS= read -r job; sleep 600 & echo $! > '\(pidFile.path)'; wait")
    let message = failure { try worker.grade(job("ada"), timeLimit: .milliseconds(500)) }
    #expect(message.hasPrefix("the grader took longer than"), "\(message)")
    #expect(!worker.isUsable)
    let sleeper = try #require(
      pid_t(String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
    // SIGKILL takes effect asynchronously: give the child a moment to finish dying.
    var state = try? String(contentsOfFile: "/proc/\(sleeper)/stat", encoding: .utf8)
    for _ in 0..<200 where state.map({ !$0.contains(") Z ") }) ?? false {
      usleep(10_000)
      state = try? String(contentsOfFile: "/proc/\(sleeper)/stat", encoding: .utf8)
    }
    #expect(state == nil || state?.contains(") Z ") == true, "the worker's child was killed too: \(state ?? "")")
  }

  @Test("the pool hands out idle workers, and stops those that retire or broke")
  func pool() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let pool = GradingWorkerPool()
    #expect(pool.take() == nil)
    let first = try worker(#"while IFS= read -r job; do echo '{"graded":{}}' >&3; done"#)
    pool.giveBack(first, retiring: false)
    let again = try #require(pool.take())
    #expect(again === first)
    pool.giveBack(again, retiring: true)
    #expect(!first.isUsable && pool.take() == nil, "a retiring worker is stopped, not kept")
    let idle = try worker(#"while IFS= read -r job; do echo '{"graded":{}}' >&3; done"#)
    pool.giveBack(idle, retiring: false)
    pool.stopAll()
    #expect(!idle.isUsable && pool.take() == nil)
  }
}
