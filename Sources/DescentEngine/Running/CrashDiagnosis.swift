import Foundation

/// Reads why a student's process died from how it ended and what it wrote to
/// standard error: the Swift runtime's "Fatal error: …" line, and the first
/// frame in the student's own files from the runtime's backtracer.
///
/// Everything read from standard error is wording only: the student's
/// process writes it, so it can say anything about itself, and no verdict
/// depends on it beyond the run having no reply.
enum CrashDiagnosis {
  /// Messages the Swift runtime and C++ libraries print when an allocation fails.
  static let allocationFailures = [
    "Could not allocate memory", "failed to allocate", "out of memory", "std::bad_alloc",
  ]

  /// Frames of one function in a row at the top of a crashed stack that
  /// mean unbounded recursion.
  static let recursionDepth = 16

  /// Signals the runtime's crash handler catches (and announces on standard error).
  static let handledSignals: Set<Int32> = [SIGQUIT, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGSEGV, SIGTRAP]

  /// How a process that died without replying ended.
  ///
  /// `signalsShowAsStatus`: the process ran under bubblewrap, which reports
  /// a child killed by signal N as status 128 + N, as it does one that
  /// called `exit(128 + N)`. Such a status reads as the signal when the
  /// runtime's output shows the crash, or when no trace was to be expected
  /// and the signal is the likely reading; otherwise both readings are
  /// given: always for SIGKILL, which leaves no trace, and for a signal the
  /// crash handler would have announced when `backtraces` (it was set up).
  static func outcome(
    _ end: ProcessEnd?, standardError: String, studentFiles: [String], limits: ResourceLimits,
    signalsShowAsStatus: Bool, backtraces: Bool
  ) -> RunOutcome {
    if ranOutOfMemory(standardError: standardError) { return .outOfMemory(limitBytes: limits.memoryBytes) }
    var end = end
    var ambiguousSignal: Int32?
    if signalsShowAsStatus, case .exited(let status) = end, status > 128, status < 128 + 32 {
      let signal = status - 128
      let undecided = signal == SIGKILL || (backtraces && handledSignals.contains(signal))
      if signal == SIGXCPU || showsCrash(standardError, signal: signal) || !undecided {
        end = .signaled(signal)
      } else {
        ambiguousSignal = signal
      }
    }
    if case .signaled(SIGXCPU) = end { return .cpuTimeExceeded(limitSeconds: limits.cpuSeconds) }
    var crash = report(end, standardError: standardError, studentFiles: studentFiles)
    if let ambiguousSignal { crash.signal = ambiguousSignal }
    return .crashed(crash)
  }

  /// The crash of a process that replied after the runtime's crash handler
  /// ran (the handler returns after backtracing, so a signal the student's
  /// code raised itself does not end the process as it would without it).
  static func crashBeforeReply(standardError: String, studentFiles: [String]) -> CrashReport? {
    guard let signal = RuntimeBacktrace(standardError)?.signal else { return nil }
    return report(.signaled(signal), standardError: standardError, studentFiles: studentFiles)
  }

  /// The crash report for `end` given `standardError`.
  static func report(_ end: ProcessEnd?, standardError: String, studentFiles: [String]) -> CrashReport {
    var report = CrashReport()
    switch end {
    case .signaled(let signal): report.signal = signal
    case .exited(let status): report.exitStatus = status
    case nil: break
    }
    let backtrace = RuntimeBacktrace(standardError)
    var fatalLocation: String?
    if let fatal = runtimeFailure(in: standardError) {
      (report.message, fatalLocation) = split(fatal)
    } else if let failure = backtrace?.crash, failure.hasPrefix("Swift runtime failure: ") {
      report.message = failure
    } else if let signal = report.signal, signal != SIGKILL {
      report.message = "\(signalName(signal)) (\(signalMeaning(signal, backtrace: backtrace)))"
    }
    let frames = backtrace?.frames ?? []
    if let (frame, path) = firstStudentFrame(frames, studentFiles: studentFiles) {
      report.location = frame.line.map { "\(path):\($0)" } ?? path
      report.function = RuntimeBacktrace.shortName(frame.symbol)
    } else if let fatalLocation {
      report.location = studentLocation(fatalLocation, studentFiles: studentFiles)
    }
    return report
  }

  /// Whether standard error says an allocation failed.
  static func ranOutOfMemory(standardError: String) -> Bool {
    allocationFailures.contains { standardError.contains($0) }
  }

  /// Whether the runtime's output shows that the process crashed with `signal`.
  private static func showsCrash(_ standardError: String, signal: Int32) -> Bool {
    if let backtrace = RuntimeBacktrace(standardError) { return backtrace.signal == signal }
    return runtimeFailure(in: standardError) != nil
  }

  /// The runtime's last failure line before its (last) backtrace, e.g.
  /// "Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range".
  private static func runtimeFailure(in standardError: String) -> String? {
    let lines = standardError.split(whereSeparator: \.isNewline)
    let backtrace = lines.lastIndex { RuntimeBacktrace.signal(in: $0) != nil } ?? lines.endIndex
    let beforeBacktrace = lines[..<backtrace]
    let markers = [
      "Fatal error", "Precondition failed", "Assertion failed", "Unexpectedly found nil", "Could not allocate memory",
    ]
    return beforeBacktrace.last { line in markers.contains { line.contains($0) } }.map(String.init)
  }

  /// "Submission/AdaGrad.swift:12: Fatal error: boom" → ("Fatal error: boom", "AdaGrad.swift:12").
  private static func split(_ line: String) -> (String, String?) {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    for marker in ["Fatal error", "Precondition failed", "Assertion failed"] {
      guard let range = trimmed.range(of: marker) else { continue }
      let message = String(trimmed[range.lowerBound...])
      let prefix = trimmed[..<range.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: ": "))
      let location = prefix.isEmpty ? nil : fileName(of: prefix)
      return (message, location)
    }
    return (trimmed, nil)
  }

  /// The innermost frame at a line of one of the student's files (code the
  /// compiler generated does not count), and that file relative to the submission.
  private static func firstStudentFrame(_ frames: [RuntimeBacktrace.Frame], studentFiles: [String])
    -> (RuntimeBacktrace.Frame, String)?
  {
    for frame in frames where !frame.isSystem && frame.line != nil {
      guard let file = frame.file, let path = RuntimeBacktrace.studentPath(file, studentFiles: studentFiles)
      else { continue }
      return (frame, path)
    }
    return nil
  }

  /// "AdaGrad.swift:12" (the runtime names a file by its base name) as
  /// "Optimizers/AdaGrad.swift:12" when exactly one student file has that name;
  /// nil when none has (a standard library location).
  private static func studentLocation(_ location: String, studentFiles: [String]) -> String? {
    let parts = location.split(separator: ":", maxSplits: 1)
    guard let name = parts.first.map(String.init) else { return nil }
    let matches = studentFiles.filter { fileName(of: $0) == name }
    guard !matches.isEmpty else { return nil }
    let line = parts.count > 1 ? ":\(parts[1])" : ""
    return (matches.count == 1 ? matches[0] : name) + line
  }

  private static func fileName(of path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  /// "SIGILL", "SIGSEGV", …
  static func signalName(_ signal: Int32) -> String {
    let names: [Int32: String] = [
      1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE",
      9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2", 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM",
      24: "SIGXCPU", 25: "SIGXFSZ", 31: "SIGSYS",
    ]
    return names[signal] ?? "signal \(signal)"
  }

  private static func signalMeaning(_ signal: Int32, backtrace: RuntimeBacktrace?) -> String {
    switch signal {
    case 4, 5: return "a Swift runtime trap"
    case 6: return "aborted"
    case 7, 11:
      if let frames = backtrace?.frames, frames.count >= recursionDepth,
        frames.prefix(recursionDepth).allSatisfy({ $0.symbol == frames[0].symbol })
      {
        return "stack overflow from unbounded recursion"
      }
      return "invalid memory access"
    case 8: return "arithmetic error"
    case 25: return "wrote a file larger than allowed"
    default: return "ended by a signal"
    }
  }
}
