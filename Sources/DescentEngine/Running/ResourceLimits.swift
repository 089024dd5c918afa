/// What a student's process may use: the limits the harness applies to its
/// own process before any student code runs, the cap on what the engine
/// keeps of its output, and the compiler's time budget.
///
/// The wall-clock limit of each request comes from the rubric item
/// (``GradingPlan/PlannedRequest/timeLimit``); ``defaultRequestTime`` only
/// fills in where a caller has none.
public struct ResourceLimits: Sendable, Hashable {
  /// Wall-clock time per request when none is given: 2 s.
  public var defaultRequestTime: Duration
  /// CPU seconds for one student process (RLIMIT_CPU): 10 s. A process
  /// serves many requests, so this is a backstop behind the wall-clock limit.
  public var cpuSeconds: Int
  /// Address space of one student process (RLIMIT_AS): 1 GiB.
  public var memoryBytes: Int
  /// Largest file the student's process may write (RLIMIT_FSIZE): 16 MiB.
  public var fileSizeBytes: Int
  /// Bytes of standard output, and separately of standard error, kept per
  /// request: 1 MiB. Output past the cap is read and dropped (the record is
  /// marked truncated); the request's wall-clock limit bounds a flood.
  public var outputBytes: Int
  /// Wall-clock time for compiling a submission: 60 s.
  public var compileTime: Duration
  /// Diagnostics kept from a failed compilation, in bytes: 16 KiB.
  public var diagnosticsBytes: Int
  /// Address space of the compiler and each job it starts: 3 GiB (compiling
  /// the instructor's solution needs well under 1 GiB).
  public var compileMemoryBytes: Int
  /// Size of each writable place in the sandbox (its `/tmp`, and the run
  /// folder that is the program's working directory and home): 64 MiB.
  public var scratchBytes: Int

  /// Creates limits.
  public init(
    defaultRequestTime: Duration = .seconds(2), cpuSeconds: Int = 10, memoryBytes: Int = 1 << 30,
    fileSizeBytes: Int = 16 << 20, outputBytes: Int = 1 << 20, compileTime: Duration = .seconds(60),
    diagnosticsBytes: Int = 16 << 10, compileMemoryBytes: Int = 3 << 30, scratchBytes: Int = 64 << 20
  ) {
    self.defaultRequestTime = defaultRequestTime
    self.cpuSeconds = cpuSeconds
    self.memoryBytes = memoryBytes
    self.fileSizeBytes = fileSizeBytes
    self.outputBytes = outputBytes
    self.compileTime = compileTime
    self.diagnosticsBytes = diagnosticsBytes
    self.compileMemoryBytes = compileMemoryBytes
    self.scratchBytes = scratchBytes
  }

  /// 2 s per request, 10 s CPU, 1 GiB, 1 MiB of output per stream, 60 s to compile.
  public static let `default` = ResourceLimits()

  /// "1 GiB, 10 s CPU", for the isolation summary.
  public var summary: String {
    "\(ByteCountText.describe(memoryBytes)), \(cpuSeconds) s CPU"
  }
}
