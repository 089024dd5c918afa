/// The limits an instructor sets for a whole grading run, beside the rubric:
/// the compiler's time budget, the memory of a student's process, and a
/// ceiling on every rubric item's wall-clock limit. Each is nil when not
/// set, and then the engine's default (``ResourceLimits/default``) or the
/// rubric applies.
///
/// Precedence for an item's wall-clock limit: its rubric `timeout_seconds`,
/// else the rubric's `defaults: timeout_seconds`, else 2 s; then lowered to
/// ``itemTimeCeiling`` where that is smaller. The rubric stays the one place
/// per-item limits are written; the ceiling only caps them.
///
/// `descent grade`, `check` and `batch` take these as options (see
/// ``arguments``), and the scripts the engine writes for Gradescope,
/// PrairieLearn and cluster schedulers pass them on.
public struct GradingLimits: Sendable, Hashable {
  /// Wall-clock time for compiling a submission (``ResourceLimits/compileTime``, 60 s when nil).
  public var compileTime: Duration?
  /// Address space of a student's process (``ResourceLimits/memoryBytes``, 1 GiB when nil).
  public var memoryBytes: Int?
  /// The longest wall-clock limit any rubric item gets; nil leaves the rubric's limits alone.
  public var itemTimeCeiling: Duration?
  /// Address space of the compiler (``ResourceLimits/compileMemoryBytes``, 3 GiB when nil).
  public var compileMemoryBytes: Int?

  /// No limit set: the engine's defaults and the rubric's item limits.
  public static let none = GradingLimits()

  /// The option that sets ``compileTime``, in seconds.
  public static let compileTimeOption = "compile-time-limit"
  /// The option that sets ``itemTimeCeiling``, in seconds.
  public static let itemTimeOption = "item-time-limit"
  /// The option that sets ``memoryBytes``, in MiB.
  public static let memoryOption = "memory-limit"
  /// The option that sets ``compileMemoryBytes``, in MiB.
  public static let compileMemoryOption = "compile-memory-limit"
  /// The longest time limit accepted, in seconds: an hour, as for a rubric's `timeout_seconds`.
  public static let longestSeconds = 3600.0
  /// The shortest compile time accepted, in seconds: no submission compiles faster.
  public static let shortestCompileSeconds = 1.0
  /// The smallest memory limit accepted, in MiB: with 64 MiB the student's
  /// process cannot even load the Swift runtime.
  public static let smallestMemoryMiB = 128
  /// The largest memory limit accepted, in MiB (64 GiB).
  public static let largestMemoryMiB = 64 << 10

  /// Creates limits; nil leaves a limit at its default.
  public init(compileTime: Duration? = nil, memoryBytes: Int? = nil, itemTimeCeiling: Duration? = nil) {
    self.compileTime = compileTime
    self.memoryBytes = memoryBytes
    self.itemTimeCeiling = itemTimeCeiling
  }

  /// `base` with the compile time and memory set here.
  public func resourceLimits(over base: ResourceLimits = .default) -> ResourceLimits {
    var limits = base
    if let compileTime { limits.compileTime = compileTime }
    if let memoryBytes { limits.memoryBytes = memoryBytes }
    if let compileMemoryBytes { limits.compileMemoryBytes = compileMemoryBytes }
    return limits
  }

  /// `rubric` with every item's wall-clock limit at most ``itemTimeCeiling``.
  public func applied(to rubric: Rubric) -> Rubric {
    guard let itemTimeCeiling else { return rubric }
    var capped = rubric
    for index in capped.items.indices where capped.items[index].timeLimit > itemTimeCeiling {
      capped.items[index].timeLimit = itemTimeCeiling
    }
    return capped
  }

  /// The command-line options that set these limits (`--compile-time-limit 120 …`),
  /// empty when none is set; each value is a plain number (memory in whole MiB, rounded up),
  /// safe as a shell word.
  public var arguments: [String] {
    var arguments: [String] = []
    if let compileTime { arguments += ["--\(Self.compileTimeOption)", Self.secondsText(compileTime.descentSeconds)] }
    if let itemTimeCeiling {
      arguments += ["--\(Self.itemTimeOption)", Self.secondsText(itemTimeCeiling.descentSeconds)]
    }
    if let memoryBytes {
      let mebibytes = memoryBytes / (1 << 20) + (memoryBytes % (1 << 20) > 0 ? 1 : 0)
      arguments += ["--\(Self.memoryOption)", String(mebibytes)]
    }
    if let compileMemoryBytes {
      let mebibytes = compileMemoryBytes / (1 << 20) + (compileMemoryBytes % (1 << 20) > 0 ? 1 : 0)
      arguments += ["--\(Self.compileMemoryOption)", String(mebibytes)]
    }
    return arguments
  }

  /// A number of seconds as an option's value or in a message: "120", "0.5", "nan".
  public static func secondsText(_ seconds: Double) -> String {
    let whole = seconds == seconds.rounded() && abs(seconds) < 1e15
    return whole ? String(Int(seconds)) : String(seconds)
  }
}
