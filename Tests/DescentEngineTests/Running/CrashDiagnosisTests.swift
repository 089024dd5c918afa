@testable import DescentEngine
import Foundation
import Testing

/// Crash reports read from real backtracer output (``CrashCaptures``) and
/// from how a process ended, without running anything.
@Suite("Crash diagnosis")
struct CrashDiagnosisTests {
  @Test(
    "the CPU limit's soft bound comes a second before its hard one, so its kill is SIGXCPU, worded as the CPU limit")
  func theCPULimitIsSoftBeforeHard() throws {
    try #require(FileManager.default.isExecutableFile(atPath: StudentLaunch.prlimit), "prlimit is not installed")
    let runtime = StudentRuntime(
      modulesDirectory: URL(fileURLWithPath: "/nonexistent"), libraryDirectory: URL(fileURLWithPath: "/nonexistent"),
      compiler: URL(fileURLWithPath: "/usr/bin/swiftc"), toolchainLibraryDirectory: nil)
    let launch = StudentLaunch.make(
      program: URL(fileURLWithPath: "/tmp/program"), runFolder: URL(fileURLWithPath: "/tmp"), runtime: runtime,
      limits: ResourceLimits(cpuSeconds: 7), mode: .processOnly(reason: "test"))
    #expect(launch.arguments.contains("--cpu=7:8"), "\(launch.arguments.joined(separator: " "))")
    #expect(
      CrashDiagnosis.outcome(
        .signaled(SIGXCPU), standardError: "", studentFiles: [], limits: ResourceLimits(cpuSeconds: 7),
        signalsShowAsStatus: false, backtraces: true) == .cpuTimeExceeded(limitSeconds: 7))
  }

  static let files = CrashCaptures.studentFiles

  static let traps: [(String, String)] = [
    (CrashCaptures.index, "crashed: Fatal error: Index out of range at Optimizers/Traps.swift:8 in Traps.index"),
    (
      CrashCaptures.overflow,
      "crashed: Swift runtime failure: arithmetic overflow at Optimizers/Traps.swift:11 in Traps.overflow"
    ),
    (
      CrashCaptures.unwrap,
      "crashed: Fatal error: Unexpectedly found nil while unwrapping an Optional value"
        + " at Optimizers/Traps.swift:16 in Traps.unwrap"
    ),
    (CrashCaptures.divide, "crashed: Fatal error: Division by zero at Optimizers/Traps.swift:20 in Traps.divide"),
    (CrashCaptures.giveUp, "crashed: Fatal error: gave up at 1.0 at Optimizers/Traps.swift:23 in Traps.giveUp"),
    (
      CrashCaptures.recurse,
      "crashed: SIGSEGV (stack overflow from unbounded recursion) at Optimizers/Traps.swift:25 in Traps.dive"
    ),
    // raise(SIGSEGV): the unwinder skips the raising frame; a compiler-generated closure is no location.
    (CrashCaptures.segfault, "crashed: SIGSEGV (invalid memory access)"),
  ]

  @Test("A trap is worded with the runtime's message and the student's first frame", arguments: 0..<7)
  func trapIsWorded(_ index: Int) {
    let (standardError, expected) = Self.traps[index]
    let signal = RuntimeBacktrace(standardError)?.signal
    #expect(signal == (index >= 5 ? 11 : 4))
    let report = CrashDiagnosis.report(.signaled(signal ?? 0), standardError: standardError, studentFiles: Self.files)
    #expect(report.description == expected)
  }

  @Test func theBacktraceIsParsedFrameByFrame() throws {
    let backtrace = try #require(RuntimeBacktrace(CrashCaptures.overflow))
    #expect(backtrace.signal == 4)
    #expect(backtrace.crash == "Swift runtime failure: arithmetic overflow")
    #expect(backtrace.frames.count == 9)
    let first = try #require(backtrace.frames.first)
    #expect(first.symbol == "Swift runtime failure: arithmetic overflow")
    #expect(first.isSystem && first.file == "//<compiler-generated>" && first.line == nil)
    let student = backtrace.frames[1]
    #expect(student.symbol == "static Traps.overflow(_:)" && student.image == "submission")
    #expect(student.file == CrashCaptures.submissionFolder + "/Optimizers/Traps.swift" && student.line == 11)
    // Unwinding stopped at the limit (the last slot says "..."), not at the bottom of a stack overflow.
    let deep = RuntimeBacktrace(CrashCaptures.recurse)?.frames.count ?? 0
    #expect((CrashDiagnosis.recursionDepth...RuntimeBacktracer.frameLimit).contains(deep))
  }

  @Test func frameNamesAreShortened() {
    #expect(RuntimeBacktrace.shortName("static AdaGrad.step<A>(_:on:)") == "AdaGrad.step")
    #expect(RuntimeBacktrace.shortName("dive #1 (_:) in AdaGrad.step<A>(_:on:)") == "dive #1 in AdaGrad.step")
    #expect(
      RuntimeBacktrace.shortName("closure #1 in closure #1 in _assertionFailure(_:_:file:line:flags:)")
        == "closure #1 in closure #1 in _assertionFailure")
    #expect(RuntimeBacktrace.shortName("Adam.step(_:on:)") == "Adam.step")
  }

  @Test func studentPathsAreRelativeToTheSubmission() {
    let files = ["AdaGrad.swift", "Optimizers/AdaGrad.swift"]
    #expect(RuntimeBacktrace.studentPath("/tmp/s/Optimizers/AdaGrad.swift", studentFiles: files) == files[1])
    #expect(RuntimeBacktrace.studentPath("/tmp/s/AdaGrad.swift", studentFiles: files) == files[0])
    #expect(RuntimeBacktrace.studentPath("/tmp/s/NotAdaGrad.swift", studentFiles: files) == nil)
    #expect(
      RuntimeBacktrace.studentPath("/work/Sources/DescentHarness/TaskPerformer.swift", studentFiles: files) == nil)
  }

  @Test("The output a student sees names only their own files, relative to the submission")
  func scratchPathsAreRedacted() {
    for (standardError, _) in Self.traps {
      let shown = RuntimeBacktrace.redacted(standardError, studentFiles: Self.files)
      #expect(!shown.contains("/tmp/") && !shown.contains("Sources/DescentHarness"), "\(shown)")
      #expect(shown.split(separator: "\n").count == standardError.split(separator: "\n").count)
    }
    let shown = RuntimeBacktrace.redacted(CrashCaptures.index, studentFiles: Self.files)
    #expect(shown.contains("static Traps.index(_:) + 568 in submission at Optimizers/Traps.swift:8\n"))
    #expect(shown.contains("static TaskPerformer.perform(_:with:) + 855 in libDescentStudentRuntime.so\n"))
    #expect(RuntimeBacktrace.redacted("no crash at /tmp/x:1", studentFiles: Self.files) == "no crash at /tmp/x:1")
  }

  @Test("A backtrace printed by the student before the real one is not the one read")
  func theRuntimesBacktraceIsTheLastOne() {
    let forged = """
      *** Signal 4: Backtracing from 0x1... done ***
      Thread 0 "submission" crashed:
        0 0x0000000000000001 static Traps.giveUp(_:) + 1 in submission at /x/Optimizers/Traps.swift:99:1

      """
    #expect(RuntimeBacktrace(forged)?.frames.first?.line == 99)
    let report = CrashDiagnosis.report(
      .signaled(4), standardError: "hello\n" + forged + CrashCaptures.index, studentFiles: Self.files)
    #expect(report.location == "Optimizers/Traps.swift:8")
    #expect(report.message == "Fatal error: Index out of range")
  }

  @Test("A SIGKILL the grader did not send is not worded as running out of memory")
  func killsAreNotOutOfMemory() {
    let killed = outcome(.signaled(9))
    #expect(killed == .crashed(CrashReport(signal: 9)))
    #expect(
      "\(killed)".contains(
        "was killed by signal 9 (SIGKILL), which the grader did not send (your code's own kill or raise,"))
    #expect(outcome(.exited(137)) == .crashed(CrashReport(exitStatus: 137)))
    // Under bubblewrap both show as status 137: both readings are given.
    let ambiguous = outcome(.exited(137), sandboxed: true)
    #expect(ambiguous == .crashed(CrashReport(signal: 9, exitStatus: 137)))
    #expect(
      "\(ambiguous)".hasPrefix(
        "crashed(ended with status 137: your code called exit(137), or it was killed by signal 9 (SIGKILL), which"))
    #expect(
      outcome(.signaled(6), "Fatal error: failed to allocate 42949672992 bytes of memory with alignment 8\n")
        == .outOfMemory(limitBytes: 1 << 30))
    // SIGXCPU (24), as bubblewrap reports it and as it is.
    #expect(outcome(.exited(152), sandboxed: true) == .cpuTimeExceeded(limitSeconds: 10))
    #expect(outcome(.signaled(24)) == .cpuTimeExceeded(limitSeconds: 10))
  }

  @Test("Under bubblewrap a status of 128 + N is signal N when the runtime's output shows the crash")
  func sandboxedStatusesWithEvidence() {
    guard case .crashed(let report) = outcome(.exited(132), CrashCaptures.index, sandboxed: true) else {
      Issue.record("not a crash")
      return
    }
    #expect(report.signal == 4 && report.exitStatus == nil && report.function == "Traps.index")
    #expect(
      outcome(.exited(139), CrashCaptures.recurse, sandboxed: true) == outcome(.signaled(11), CrashCaptures.recurse))
    // The crash handler would have announced SIGILL: exit(132), or a SIGILL it could not announce.
    #expect(outcome(.exited(132), sandboxed: true) == .crashed(CrashReport(signal: 4, exitStatus: 132)))
    // Without the backtracer no trace was to be expected: the trap is the likely reading.
    #expect(
      outcome(.exited(132), sandboxed: true, backtraces: false)
        == .crashed(CrashReport(signal: 4, message: "SIGILL (a Swift runtime trap)")))
    #expect(
      outcome(.exited(137), sandboxed: true, backtraces: false) == .crashed(CrashReport(signal: 9, exitStatus: 137)))
  }

  @Test("A reply after the runtime's crash handler ran is a crash")
  func survivedSignals() {
    #expect(
      CrashDiagnosis.crashBeforeReply(standardError: CrashCaptures.segfault, studentFiles: Self.files)?.signal == 11)
    #expect(CrashDiagnosis.crashBeforeReply(standardError: "all fine\n", studentFiles: Self.files) == nil)
    #expect(RuntimeBacktrace.signal(inOutput: "x\n" + CrashCaptures.divide) == 4)
    #expect(RuntimeBacktrace.signal(inOutput: "*** Signal x: Backtracing") == nil)
  }

  private func outcome(
    _ end: ProcessEnd, _ standardError: String = "", sandboxed: Bool = false, backtraces: Bool = true
  ) -> RunOutcome {
    CrashDiagnosis.outcome(
      end, standardError: standardError, studentFiles: Self.files, limits: .default, signalsShowAsStatus: sandboxed,
      backtraces: backtraces)
  }
}
