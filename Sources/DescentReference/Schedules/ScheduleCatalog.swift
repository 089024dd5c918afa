import DescentCore

/// The course's learning-rate schedules by name, built from hyper-parameters
/// with torch.optim.lr_scheduler's names where torch has them:
///
/// | name          | hyper-parameters                      | schedule              |
/// |---------------|---------------------------------------|-----------------------|
/// | `step`        | `lr` ε₀, `step_size` s, `gamma` γ     | ``StepDecay``         |
/// | `exponential` | `lr` ε₀, `gamma` γ                    | ``ExponentialDecay``  |
/// | `linear`      | `lr` ε₀, `final_lr` ε_τ, `horizon` τ  | ``LinearDecay``       |
/// | `cosine`      | `lr` ε₀, `eta_min` η_min, `t_max` T   | ``CosineAnnealing``   |
public enum ScheduleCatalog {
  /// The schedule names, in the table's order.
  public static let names = ["step", "exponential", "linear", "cosine"]

  /// The hyper-parameters each schedule needs, by name.
  public static let parameters: [String: [String]] = [
    "step": ["lr", "step_size", "gamma"], "exponential": ["lr", "gamma"], "linear": ["lr", "final_lr", "horizon"],
    "cosine": ["lr", "eta_min", "t_max"],
  ]

  /// The schedule `name` with `settings`.
  ///
  /// - Throws: ``ScheduleError`` for an unknown name, a missing or
  ///   foreign hyper-parameter, or a step count that is not a whole number ≥ 1.
  public static func schedule(named name: String, settings: Hyperparameters) throws(ScheduleError)
    -> any LearningRateSchedule
  {
    guard let needed = parameters[name] else {
      throw ScheduleError("unknown schedule '\(name)' (known: \(names.joined(separator: ", ")))")
    }
    for parameter in needed where settings.numbers[parameter] == nil {
      throw ScheduleError("the \(name) schedule needs \(parameter) (it takes \(needed.joined(separator: ", ")))")
    }
    if let stray = settings.numbers.keys.sorted().first(where: { !needed.contains($0) }) {
      throw ScheduleError("the \(name) schedule takes no \(stray) (it takes \(needed.joined(separator: ", ")))")
    }
    let lr = settings.number("lr", default: 0)
    func count(_ parameter: String) throws(ScheduleError) -> Int {
      let value = settings.number(parameter, default: 0)
      guard value >= 1, value <= 1e9, value.rounded() == value else {
        throw ScheduleError("\(parameter) must be a whole number of steps ≥ 1, got \(value)")
      }
      return Int(value)
    }
    switch name {
    case "step":
      return StepDecay(initialRate: lr, stepSize: try count("step_size"), gamma: settings.number("gamma", default: 0))
    case "exponential": return ExponentialDecay(initialRate: lr, gamma: settings.number("gamma", default: 0))
    case "linear":
      return LinearDecay(
        initialRate: lr, finalRate: settings.number("final_lr", default: 0), horizon: try count("horizon"))
    default:
      return CosineAnnealing(
        initialRate: lr, minimumRate: settings.number("eta_min", default: 0), period: try count("t_max"))
    }
  }
}

/// A schedule that cannot be built as written, in the words of whoever wrote it.
public struct ScheduleError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public var message: String

  /// Creates the error.
  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
