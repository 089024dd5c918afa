import Foundation
import Testing

@testable import DescentEngine

/// Collects what a progress bar writes.
private final class Sink: @unchecked Sendable {
  private let lock = NSLock()
  private var _text = ""
  var text: String { lock.withLock { _text } }
  func append(_ more: String) { lock.withLock { _text += more } }
}

@Suite("Batch progress and scheduler jobs")
struct BatchProgressAndSchedulerTests {
  @Test("off a terminal it prints one plain line per finished student, saying how it went")
  func linesWhenNotATerminal() async throws {
    let sink = Sink()
    let bar = BatchProgressBar(style: .lines) { sink.append($0) }
    var progress = BatchProgress(total: 12)
    bar.update(progress)
    for (name, count) in [
      ("alice", \BatchProgress.resumed), ("bob", \.buildFailures), ("carol\u{1B}[2J", \.graderFailures),
    ] {
      progress.finished += 1
      progress[keyPath: count] += 1
      progress.latest = name
      bar.update(progress)
    }
    progress.finished += 1
    progress.latest = "dave"
    bar.update(progress)
    bar.finish()
    #expect(
      sink.text.split(separator: "\n") == [
        "[ 1/12] alice: kept from an earlier run", "[ 2/12] bob: did not compile",
        "[ 3/12] carol\u{FFFD}[2J: grader error (retried on the next run)", "[ 4/12] dave: graded",
      ], "\(sink.text.debugDescription)")
    // Under `swift test` standard error is a pipe or a file.
    if isatty(STDERR_FILENO) == 0 { #expect(BatchProgressBar.standardError().style == .lines) }
    #expect(BatchProgressBar.standardError(environment: ["TERM": "dumb"]).style == .lines)
    let silent = Sink()
    BatchProgressBar(style: .silent) { silent.append($0) }.update(progress)
    #expect(silent.text.isEmpty)
  }

  @Test("on a terminal it redraws one line in place and ends it once")
  func redrawsInPlace() {
    let sink = Sink()
    let bar = BatchProgressBar(style: .bar, width: 10) { sink.append($0) }
    var progress = BatchProgress(total: 4)
    progress.finished = 1
    progress.buildFailures = 1
    progress.latest = "bob\u{1B}[31m"
    bar.update(progress)
    progress.finished = 4
    bar.update(progress)
    bar.finish()
    #expect(sink.text.components(separatedBy: "\r\u{1B}[2K").count == 3, "two frames: \(sink.text.debugDescription)")
    #expect(sink.text.hasSuffix("\n"))
    #expect(sink.text.filter { $0 == "\n" }.count == 1)
    #expect(sink.text.contains("[██░░░░░░░░] 1/4  1 no build"))
    #expect(!sink.text.contains("\u{1B}[31m"), "a student id cannot send escape sequences")
    #expect(bar.line(progress, elapsed: .seconds(1)).contains("[██████████] 4/4"))
  }

  @Test("ETA is printed as seconds, minutes or hours", arguments: [(42.0, "42s"), (187.0, "3m07s"), (3720.0, "1h02m")])
  func clock(seconds: Double, text: String) {
    #expect(BatchProgressBar.clock(seconds) == text)
  }

  private let job = SchedulerScript(
    assignment: "optimizers", submissions: "/grading/hw 1", out: "/grading/out", slices: 4, jobs: 2)

  @Test("slurm: an array job of N tasks, each grading its slice into <out>/slice-I")
  func slurm() {
    let script = job.slurm
    #expect(script.hasPrefix("#!/bin/bash\n"))
    #expect(script.contains("#SBATCH --array=0-3\n"))
    #expect(script.contains("#SBATCH --cpus-per-task=2\n"))
    #expect(
      script.contains(
        "exec \"$DESCENT\" batch --assignment optimizers --submissions '/grading/hw 1' --jobs 2 --slice \"$slice/4\""
          + " --out /grading/out/slice-\"$slice\""), "\(script)")
    #expect(script.contains("DESCENT=\"${DESCENT:-descent}\""), "\(script)")
    #expect(script.contains("descent batch --merge /grading/out/slice-0 /grading/out/slice-1"))
  }

  @Test("kubernetes: an Indexed Job whose completion index is the slice")
  func kubernetes() throws {
    let yaml = try job.kubernetes(image: "registry/descent:1", claim: "grading", mountPath: "/grading")
    for line in [
      "kind: Job", "  completionMode: Indexed", "  completions: 4", "  parallelism: 4", "      restartPolicy: Never",
      "          image: \"registry/descent:1\"", "            claimName: \"grading\"",
    ] {
      #expect(yaml.contains(line + "\n"), "missing \(line)")
    }
    #expect(
      yaml.contains("--slice \\\"$JOB_COMPLETION_INDEX/4\\\" --out /grading/out/slice-\\\"$JOB_COMPLETION_INDEX\\\""),
      "\(yaml)")
    #expect(yaml.contains("'/grading/hw 1'"))
  }

  @Test("shell and YAML quoting keep hostile paths as one word", arguments: ["a b", "it's", "$(rm -rf /)", "x\"y\n"])
  func quoting(path: String) {
    let quoted = SchedulerScript.shellQuoted(path)
    #expect(quoted.hasPrefix("'") && quoted.hasSuffix("'"), "\(quoted)")
    #expect(!SchedulerScript.yamlQuoted(path).dropFirst().dropLast().contains("\n"))
    #expect(SchedulerScript.jobName("Opti mizers!") == "descent-opti-mizers")
  }
}
