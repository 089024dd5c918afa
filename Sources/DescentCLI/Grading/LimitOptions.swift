import ArgumentParser
import DescentEngine

/// The limits `descent grade`, `check` and `batch` grade with, and
/// `package gradescope` and `package prairielearn` bake into their scripts:
/// defaults and ceilings for the whole run. The rubric keeps each item's own
/// time limit (`timeout_seconds`); ``GradingLimits`` states the precedence.
struct LimitOptions: ParsableArguments {
  @Option(
    name: .customLong(GradingLimits.compileTimeOption),
    help: ArgumentHelp(
      "Wall-clock time to compile the submission, in seconds (default: 60). A slower build is graded as"
        + " not compiling.",
      valueName: "seconds"))
  var compileTime: Double?

  @Option(
    name: .customLong(GradingLimits.itemTimeOption),
    help: ArgumentHelp(
      "The longest any rubric item may run, in seconds: each item gets its rubric timeout_seconds (else the"
        + " rubric's defaults, else 2), lowered to this when this is smaller (default: no ceiling).",
      valueName: "seconds"))
  var itemTime: Double?

  @Option(
    name: .customLong(GradingLimits.memoryOption),
    help: ArgumentHelp(
      "Address space of the student's process, in MiB (default: 1024). Running out is reported per item.",
      valueName: "MiB"))
  var memory: Int?

  @Option(
    name: .customLong(GradingLimits.compileMemoryOption),
    help: ArgumentHelp(
      "Address space of the compiler and each job it starts, in MiB (default: 3072). A build that needs more"
        + " is graded as not compiling: \"the compiler ran out of memory compiling your code\".",
      valueName: "MiB"))
  var compileMemory: Int?

  /// The limits these options set, each checked to be sensible.
  ///
  /// - Throws: ``CommandFailure`` (misuse) naming the option and the accepted range.
  func limits() throws(CommandFailure) -> GradingLimits {
    var limits = GradingLimits.none
    if let compileTime {
      limits.compileTime = try Self.duration(
        compileTime, atLeast: GradingLimits.shortestCompileSeconds, option: GradingLimits.compileTimeOption)
    }
    if let itemTime {
      limits.itemTimeCeiling = try Self.duration(itemTime, atLeast: nil, option: GradingLimits.itemTimeOption)
    }
    if let memory {
      let range = GradingLimits.smallestMemoryMiB...GradingLimits.largestMemoryMiB
      guard range.contains(memory) else {
        throw .misuse(
          "--\(GradingLimits.memoryOption) must be between \(range.lowerBound) and \(range.upperBound) MiB,"
            + " got \(memory)")
      }
      limits.memoryBytes = memory << 20
    }
    if let compileMemory {
      let range = GradingLimits.smallestMemoryMiB...GradingLimits.largestMemoryMiB
      guard range.contains(compileMemory) else {
        throw .misuse(
          "--\(GradingLimits.compileMemoryOption) must be between \(range.lowerBound) and \(range.upperBound) MiB,"
            + " got \(compileMemory)")
      }
      limits.compileMemoryBytes = compileMemory << 20
    }
    return limits
  }

  /// `seconds` as a duration, when it is at least `minimum` (above 0 when
  /// nil) and at most an hour.
  private static func duration(_ seconds: Double, atLeast minimum: Double?, option: String) throws(CommandFailure)
    -> Duration
  {
    let longest = GradingLimits.longestSeconds
    let aboveMinimum = minimum.map { seconds >= $0 } ?? (seconds > 0)
    guard seconds.isFinite, aboveMinimum, seconds <= longest else {
      let lowest = minimum.map { "at least \(GradingLimits.secondsText($0))" } ?? "above 0"
      throw .misuse(
        "--\(option) must be a number of seconds \(lowest) and at most \(GradingLimits.secondsText(longest)),"
          + " got \(GradingLimits.secondsText(seconds))")
    }
    return .seconds(seconds)
  }
}
