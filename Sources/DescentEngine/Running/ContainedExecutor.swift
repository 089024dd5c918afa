import Foundation

/// The engine's ``SubmissionExecutor``: compiles a submission with one
/// `swiftc` call against the curated student SDK, and runs its requests in
/// a separate, resource-limited process — inside bubblewrap when the
/// machine allows (no network, read-only system, the engine's files absent).
///
/// ```swift
/// let executor = try ContainedExecutor(runtime: StudentRuntime.locate())
/// let report = try await Grader(executor: executor).grade(...)
/// ```
public struct ContainedExecutor: SubmissionExecutor {
  /// The curated SDK and compiler.
  public var runtime: StudentRuntime
  /// The limits for compiling and running.
  public var limits: ResourceLimits
  /// The isolation asked for.
  public var sandbox: SandboxPolicy
  /// Where build and run folders go (the system's temporary folder when nil).
  public var scratchRoot: URL?
  /// The compiler's optimization flag: `-Onone` (see the runner benchmark figures).
  public var optimization: String = "-Onone"
  /// Where compiled programs are kept, so that the same sources are not
  /// compiled twice (a regrade); nil compiles every time.
  public var programCache: CompiledProgramCache?

  /// Creates an executor.
  public init(
    runtime: StudentRuntime, limits: ResourceLimits = .default, sandbox: SandboxPolicy = .automatic,
    scratchRoot: URL? = nil
  ) {
    self.runtime = runtime
    self.limits = limits
    self.sandbox = sandbox
    self.scratchRoot = scratchRoot
  }

  /// The isolation in force, decided from the policy and a one-time probe.
  var mode: SandboxMode {
    switch sandbox {
    case .disabled: return .processOnly(reason: "sandbox disabled")
    case .automatic, .required:
      switch BubblewrapProbe.detect() {
      case .success(let path): return .bubblewrap(path: path)
      case .failure(let unavailable): return .processOnly(reason: unavailable.reason)
      }
    }
  }

  public var isolationSummary: String {
    let limitText = "limits: \(limits.summary), \(ByteCountText.describe(limits.outputBytes)) of output per stream"
    switch mode {
    case .bubblewrap: return "bubblewrap: no network, read-only system, engine files hidden; \(limitText)"
    case .processOnly(let reason):
      return "resource limits and process separation only (\(reason)); \(limitText)"
    }
  }

  public func compile(submissionAt folder: URL) async throws -> CompilationOutcome<CompiledSubmission> {
    if sandbox == .required, case .processOnly(let reason) = mode {
      throw ContainedExecutorError.sandboxUnavailable(reason)
    }
    let compiler = SubmissionCompiler(
      runtime: runtime, limits: limits, optimization: optimization, cache: programCache)
    let root = scratchRoot ?? FileManager.default.temporaryDirectory
    let result = await DedicatedThread.run("descent-compile") {
      ScratchFolder.removeStaleOnce(in: root, prefix: SubmissionCompiler.scratchPrefix)
      return Result { try compiler.compile(folder, scratchRoot: root) }
    }
    return try result.get()
  }

  /// Whether ``programCache`` holds a program for the submission in `folder`
  /// (checked in full only when it is used).
  public func hasCompiledProgram(forSubmissionAt folder: URL) -> Bool {
    guard let programCache, let sources = try? SubmissionLayout.sourceFolder(of: folder) else { return false }
    let compiler = SubmissionCompiler(runtime: runtime, limits: limits, optimization: optimization, cache: programCache)
    let files = SubmissionCompiler.sourceFiles(in: sources)
    guard !files.isEmpty, let key = try? compiler.cacheKey(files, of: sources) else { return false }
    return programCache.hasEntry(for: key)
  }

  public func run(_ requests: [GradingPlan.PlannedRequest], in program: CompiledSubmission) async -> [RunRecord] {
    let runner = SubmissionRunner(runtime: runtime, limits: limits, mode: mode)
    if sandbox == .required, case .processOnly(let reason) = runner.mode {
      return requests.map {
        RunRecord(
          request: $0.request, outcome: .notRun("the grader has no sandbox: \(reason)"), duration: .zero,
          output: CapturedOutput())
      }
    }
    return await DedicatedThread.run("descent-run") { runner.run(requests, in: program) }
  }
}

/// Why the contained executor cannot work at all.
public enum ContainedExecutorError: Error, Hashable, Sendable, CustomStringConvertible {
  /// ``SandboxPolicy/required`` on a machine where bubblewrap does not work.
  case sandboxUnavailable(String)

  public var description: String {
    switch self {
    case .sandboxUnavailable(let reason):
      "a sandbox is required but unavailable: \(reason); install bubblewrap or allow unprivileged user namespaces"
    }
  }
}
