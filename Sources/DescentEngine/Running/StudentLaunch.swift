import DescentWire
import Foundation

/// The command that starts one student process: the compiled program run
/// directly, or inside bubblewrap with a view of the file system that holds
/// only what the program needs.
struct StudentLaunch {
  /// What to execute (the program, or bwrap).
  var executable: String
  /// Its arguments.
  var arguments: [String]
  /// The whole environment: PATH, HOME (the run folder), LANG and, where
  /// the toolchain has one, the runtime backtracer's setting.
  var environment: [String]
  /// The working directory to set from outside (nil under bubblewrap, which sets it itself).
  var workingDirectory: String?
  /// Whether the launcher reports the program's death by signal N as exit
  /// status 128 + N (bubblewrap does), so that the two cannot be told apart.
  var signalsShowAsStatus = false
  /// The runtime's backtracer, when it is set up to report a crash on standard error.
  var backtraceHelper: URL? = nil

  /// Whether the runtime's backtracer is set up to report a crash on standard error.
  var backtraces: Bool { backtraceHelper != nil }

  /// util-linux's prlimit, which sets the limits before anything of the
  /// student's program runs (present on every Debian and Ubuntu system).
  static let prlimit = "/usr/bin/prlimit"

  /// The launch of `program` in `runFolder` under `mode`, its resource
  /// limits set from outside by prlimit where that exists.
  ///
  /// The harness sets the same limits itself on start; prlimit makes them
  /// hold even when the student's code shadows the harness's entry point
  /// (a type named `DescentHarness`) and so runs without the harness.
  static func make(
    program: URL, runFolder: URL, runtime: StudentRuntime, limits: ResourceLimits, mode: SandboxMode
  ) -> StudentLaunch {
    let launch = unlimited(program: program, runFolder: runFolder, runtime: runtime, limits: limits, mode: mode)
    guard FileManager.default.isExecutableFile(atPath: prlimit) else { return launch }
    // The CPU limit's soft bound comes a second before its hard one, so that
    // the kernel's SIGXCPU (reported as the CPU limit) comes before its SIGKILL.
    let bounds = [
      "--as=\(limits.memoryBytes)", "--cpu=\(limits.cpuSeconds):\(limits.cpuSeconds + 1)",
      "--fsize=\(limits.fileSizeBytes)", "--core=0",
    ]
    return StudentLaunch(
      executable: prlimit, arguments: bounds + ["--", launch.executable] + launch.arguments,
      environment: launch.environment, workingDirectory: launch.workingDirectory,
      signalsShowAsStatus: launch.signalsShowAsStatus, backtraceHelper: launch.backtraceHelper)
  }

  private static func unlimited(
    program: URL, runFolder: URL, runtime: StudentRuntime, limits: ResourceLimits, mode: SandboxMode
  ) -> StudentLaunch {
    var environment = ["PATH=/usr/bin:/bin", "HOME=\(runFolder.path)", "LANG=C.UTF-8"]
    let backtracer = RuntimeBacktracer.helper(toolchainLibraries: runtime.toolchainLibraryDirectory)
    if let backtracer { environment.append(RuntimeBacktracer.environment(helper: backtracer)) }
    switch mode {
    case .processOnly:
      let harness = HarnessLaunch(
        cpuSeconds: limits.cpuSeconds, memoryBytes: limits.memoryBytes, fileSizeBytes: limits.fileSizeBytes,
        parentProcess: getpid())
      return StudentLaunch(
        executable: program.path, arguments: harness.arguments, environment: environment,
        workingDirectory: runFolder.path, backtraceHelper: backtracer)
    case .bubblewrap(let bwrap):
      let harness = HarnessLaunch(
        cpuSeconds: limits.cpuSeconds, memoryBytes: limits.memoryBytes, fileSizeBytes: limits.fileSizeBytes)
      var visible = [runtime.libraryDirectory, program.deletingLastPathComponent()]
      if let toolchain = runtime.toolchainLibraryDirectory { visible.append(toolchain) }
      if let backtracer { visible.append(backtracer.deletingLastPathComponent()) }
      let arguments =
        BubblewrapLayout.arguments(readOnly: visible, writable: runFolder, scratchBytes: limits.scratchBytes) + [
          "--chdir", runFolder.path, "--", program.path,
        ]
        + harness.arguments
      return StudentLaunch(
        executable: bwrap, arguments: arguments, environment: environment, workingDirectory: nil,
        signalsShowAsStatus: true, backtraceHelper: backtracer)
    }
  }
}

/// The mount layout of a sandboxed student process.
enum BubblewrapLayout {
  /// System folders mirrored read-only (or as the symbolic links they are).
  static let systemFolders = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"]
  /// The few files of /etc a Swift program reads.
  static let etcFiles = [
    "/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/localtime", "/etc/nsswitch.conf",
  ]

  /// bwrap's options: every namespace unshared (no network), dies with its
  /// parent, no capabilities, a read-only system, a private /tmp, the
  /// `readOnly` folders and the writable run folder; nothing else of the
  /// machine (the course, the rubrics, the reference, the repository) exists.
  /// The two writable places, `/tmp` and the run folder, are each a tmpfs of
  /// `scratchBytes`: nothing the program writes reaches the machine's disk,
  /// and neither can fill its memory.
  static func arguments(readOnly: [URL], writable: URL, scratchBytes: Int = ResourceLimits.default.scratchBytes)
    -> [String]
  {
    var arguments = ["--unshare-all", "--die-with-parent", "--cap-drop", "ALL"]
    let manager = FileManager.default
    for folder in systemFolders {
      if let target = try? manager.destinationOfSymbolicLink(atPath: folder) {
        arguments += ["--symlink", target, folder]
      } else if manager.fileExists(atPath: folder) {
        arguments += ["--ro-bind", folder, folder]
      }
    }
    for file in etcFiles { arguments += ["--ro-bind-try", file, file] }
    arguments += ["--proc", "/proc", "--dev", "/dev", "--size", "\(scratchBytes)", "--tmpfs", "/tmp"]
    for folder in readOnly where !folder.path.hasPrefix("/usr/") {
      arguments += ["--ro-bind", folder.path, folder.path]
    }
    arguments += ["--size", "\(scratchBytes)", "--tmpfs", writable.path]
    return arguments
  }
}

/// Whether bubblewrap works here, found out once per process tree: a
/// process whose trial run succeeds records it in its environment
/// (``verifiedVariable``), so the graders a batch starts, one per student,
/// inherit the answer instead of each repeating the trial. (Students'
/// processes get an environment of their own, never this one.)
enum BubblewrapProbe {
  private static let result: Result<String, SandboxUnavailable> = probe()

  /// Names the `bwrap` a parent process found working.
  static let verifiedVariable = "DESCENT_BUBBLEWRAP_VERIFIED"

  /// The path of a working `bwrap`, or why there is none.
  static func detect() -> Result<String, SandboxUnavailable> { result }

  private static func probe() -> Result<String, SandboxUnavailable> {
    let candidates = ["/usr/bin/bwrap", "/bin/bwrap", "/usr/local/bin/bwrap"]
    guard let bwrap = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
      return .failure(SandboxUnavailable(reason: "bubblewrap (bwrap) is not installed"))
    }
    if ProcessInfo.processInfo.environment[verifiedVariable] == bwrap { return .success(bwrap) }
    let trial = trialRun(bwrap)
    if case .success = trial { setenv(verifiedVariable, bwrap, 1) }
    return trial
  }

  /// Runs `true` in a sandbox like the students' to see that namespaces work here.
  private static func trialRun(_ bwrap: String) -> Result<String, SandboxUnavailable> {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("descent-probe-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    } catch {
      return .failure(SandboxUnavailable(reason: "no scratch folder for the bubblewrap probe"))
    }
    defer { try? FileManager.default.removeItem(at: scratch) }
    let arguments = BubblewrapLayout.arguments(readOnly: [], writable: scratch) + ["--", "/usr/bin/true"]
    do {
      let process = try SpawnedProcess.spawn(
        executable: bwrap, arguments: arguments, environment: ["PATH=/usr/bin:/bin"], workingDirectory: nil,
        descriptors: [])
      let deadline = ContinuousClock.now + .seconds(10)
      while process.reap(blocking: false) == nil {
        if ContinuousClock.now > deadline {
          process.killGroup()
          process.reap(blocking: true)
          return .failure(SandboxUnavailable(reason: "bubblewrap did not finish a trial run in 10 s"))
        }
        usleep(2_000)
      }
      guard process.reap(blocking: false) == .exited(0) else {
        return .failure(SandboxUnavailable(reason: "bubblewrap cannot create namespaces here"))
      }
      return .success(bwrap)
    } catch {
      return .failure(SandboxUnavailable(reason: "bubblewrap could not start: \(error)"))
    }
  }
}

/// Why there is no sandbox on this machine.
struct SandboxUnavailable: Error, Hashable, Sendable {
  var reason: String
}
