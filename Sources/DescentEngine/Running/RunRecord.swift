import DescentWire

/// What happened to one request sent to a student's process.
///
/// Produced by the runner, read by the checks. Only ``RunOutcome/replied(_:)``
/// carries numbers; every other case says why there are none, in words a
/// student understands.
public struct RunRecord: Sendable {
  /// The request that was run.
  public var request: HarnessRequest
  /// How it ended.
  public var outcome: RunOutcome
  /// Wall-clock time spent on this request.
  public var duration: Duration
  /// What the student's code printed while this request ran (capped).
  public var output: CapturedOutput

  /// Creates a record.
  public init(request: HarnessRequest, outcome: RunOutcome, duration: Duration, output: CapturedOutput) {
    self.request = request
    self.outcome = outcome
    self.duration = duration
    self.output = output
  }
}

/// How one request ended.
public enum RunOutcome: Sendable, Equatable {
  /// The harness answered with raw numbers or a student error.
  case replied(HarnessResult)
  /// The process died: a Swift runtime trap, a signal, or an exit.
  case crashed(CrashReport)
  /// The request ran past its wall-clock limit and was killed.
  case timedOut(limit: Duration)
  /// The process used up its CPU-time limit (RLIMIT_CPU). The runner keeps
  /// a process's requests below it, so only a request that burns more CPU
  /// than its wall-clock limit allows (several busy threads) gets here.
  case cpuTimeExceeded(limitSeconds: Int)
  /// The process hit its memory limit.
  case outOfMemory(limitBytes: Int)
  /// The process wrote more than allowed to stdout/stderr and was killed.
  case outputLimitExceeded(limitBytes: Int)
  /// The process broke the harness protocol (garbage on the reply channel,
  /// a reply to another request).
  case protocolViolation(String)
  /// The request was not run because an earlier failure of the same kind
  /// made it pointless (for example the runner could not be started).
  case notRun(String)
}

/// Why a student's process died, as far as the engine can tell.
///
/// Wording only: verdicts depend on the run having no reply, never on what
/// a crash report says (the student's process writes the text it is read from).
public struct CrashReport: Sendable, Equatable, CustomStringConvertible {
  /// The signal that ended the process, if any (SIGILL/SIGTRAP for Swift traps).
  public var signal: Int32?
  /// The exit status, if it exited instead. When both are set the sandbox
  /// reported status 128 + `signal`, which a process killed by that signal
  /// and one that called `exit` with that status both give.
  public var exitStatus: Int32?
  /// The runtime's own message, e.g. "Fatal error: Index out of range".
  public var message: String?
  /// Where in the student's code, relative to the submission folder, e.g.
  /// "Optimizers/Adam.swift:42", when known.
  public var location: String?
  /// The student's function at ``location``, e.g. "Adam.step", when known.
  public var function: String?

  /// Creates a crash report.
  public init(
    signal: Int32? = nil, exitStatus: Int32? = nil, message: String? = nil, location: String? = nil,
    function: String? = nil
  ) {
    self.signal = signal
    self.exitStatus = exitStatus
    self.message = message
    self.location = location
    self.function = function
  }

  /// "crashed: Fatal error: Index out of range at Optimizers/Adam.swift:42 in Adam.step",
  /// "was killed by signal 9 (SIGKILL), which the grader did not send (…)",
  /// "exited with status 3 before answering".
  public var description: String {
    var text: String
    if let message {
      text = "crashed: \(message)"
    } else if let signal, let exitStatus {
      text =
        "ended with status \(exitStatus): your code called exit(\(exitStatus)), or it was killed by"
        + " \(Self.signalText(signal))"
    } else if let signal, signal == 9 {
      text = "was killed by \(Self.signalText(signal))"
    } else if let signal {
      text = "crashed: signal \(signal)"
    } else if let exitStatus {
      text = "exited with status \(exitStatus) before answering"
    } else {
      text = "crashed"
    }
    if let location { text += " at \(location)" }
    if let function { text += " in \(function)" }
    return text
  }

  /// "signal 9 (SIGKILL), which the grader did not send (…)": the grader
  /// words its own kills as timeouts and output floods, never as signals.
  private static func signalText(_ signal: Int32) -> String {
    let name = CrashDiagnosis.signalName(signal)
    guard signal == 9 else { return name.hasPrefix("SIG") ? "signal \(signal) (\(name))" : name }
    return
      "signal 9 (SIGKILL), which the grader did not send (your code's own kill or raise, or the system,"
      + " e.g. its out-of-memory killer)"
  }
}

/// Output a student's process printed, capped and decoded for reports.
public struct CapturedOutput: Sendable, Equatable {
  /// Standard output, decoded lossily as UTF-8, at most the cap.
  public var standardOutput: String
  /// Standard error, decoded lossily as UTF-8, at most the cap.
  public var standardError: String
  /// Whether either stream was cut at the cap.
  public var wasTruncated: Bool

  /// Creates captured output.
  public init(standardOutput: String = "", standardError: String = "", wasTruncated: Bool = false) {
    self.standardOutput = standardOutput
    self.standardError = standardError
    self.wasTruncated = wasTruncated
  }
}
