import DescentHarness
import DescentJudging
import DescentContract
import DescentWire

/// What running one item's tasks with the student's code produced.
public struct ItemRun: Sendable, Equatable {
  /// How the run ended.
  public var outcome: Outcome
  /// What the student's code printed (capped).
  public var output: String
  /// Wall-clock seconds.
  public var seconds: Double

  /// How a run ended.
  public enum Outcome: Sendable, Equatable {
    /// The code answered every task (with numbers or with a student error).
    case answered([HarnessResult])
    /// The process died: a trap, a signal or an early exit; the message says which.
    case crashed(String)
    /// The process ran past its limit, in seconds, and was stopped.
    case timedOut(Double)
    /// The self-check itself could not run the item (it says why).
    case notRun(String)
  }

  /// Creates a run.
  public init(outcome: Outcome, output: String = "", seconds: Double = 0) {
    self.outcome = outcome
    self.output = output
    self.seconds = seconds
  }
}

/// Runs one item's tasks with the student's code somewhere: in a child
/// process (``ChildProcessItemExecutor``, what the kit uses, so a trap
/// costs one item) or in this process (``InProcessItemExecutor``, for tests).
public protocol ItemExecutor: Sendable {
  /// Runs `item`'s tasks in order.
  func run(_ item: SelfCheckItem) -> ItemRun
}

/// Runs items in this process: a trap in the student's code ends the whole
/// self-check, so only tests and trusted code use it.
public struct InProcessItemExecutor: ItemExecutor {
  /// Makes the student's catalog.
  public var catalog: @Sendable () -> SubmissionCatalog

  /// Creates the executor.
  public init(catalog: @escaping @Sendable () -> SubmissionCatalog) {
    self.catalog = catalog
  }

  public func run(_ item: SelfCheckItem) -> ItemRun {
    let clock = ContinuousClock()
    let start = clock.now
    let catalog = catalog()
    let results = item.tasks.map { TaskPerformer.perform($0, with: catalog) }
    return ItemRun(outcome: .answered(results), seconds: Seconds.between(start, clock.now))
  }
}

/// Durations as seconds.
enum Seconds {
  /// The seconds from `start` to `end`.
  static func between(_ start: ContinuousClock.Instant, _ end: ContinuousClock.Instant) -> Double {
    let components = start.duration(to: end).components
    return Double(components.seconds) + Double(components.attoseconds) / 1e18
  }
}
