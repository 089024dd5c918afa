import DescentCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The classic wrong learning-rate schedules, per schedule:
///
/// | id                          | schedule    | what the student wrote                          |
/// |-----------------------------|-------------|-------------------------------------------------|
/// | schedule-off-by-one         | step, exponential | the rate of step k + 1 at step k (the first step already decayed) |
/// | linear-decay-no-floor       | linear      | α = k/τ not capped at 1: the rate keeps falling past τ |
/// | cosine-missing-half         | cosine      | η_min + (ε₀ − η_min)(1 + cos(πk/T)), without the ½ |
public enum ScheduleMistakes {
  /// A schedule: the step k and its hyper-parameters → εₖ.
  public typealias Routine = @Sendable (_ step: Int, _ settings: Hyperparameters) throws -> Double

  /// The mistakes of the schedule `name`.
  public static func mistakes(of name: String) -> [RoutineMistake<Routine>] {
    switch name {
    case "step", "exponential": [offByOne(name)]
    case "linear": [linearNoFloor]
    case "cosine": [cosineMissingHalf]
    default: []
    }
  }

  static func offByOne(_ name: String) -> RoutineMistake<Routine> {
    RoutineMistake(
      id: "schedule-off-by-one", title: "the rate of step k + 1 used at step k",
      fix: "Count steps from 0: the first step uses ε₀, and the rate decays after each step.",
      routine: { step, settings in
        try ScheduleCatalog.schedule(named: name, settings: settings).learningRate(atStep: step + 1)
      })
  }

  static let linearNoFloor = RoutineMistake<Routine>(
    id: "linear-decay-no-floor", title: "the linear decay not held at ε_τ after step τ",
    fix: "Cap α = k/τ at 1: after τ steps the rate stays at ε_τ.",
    routine: { step, settings in
      let alpha = Double(step) / settings.number("horizon", default: 1)
      return (1 - alpha) * settings.number("lr", default: 0) + alpha * settings.number("final_lr", default: 0)
    })

  static let cosineMissingHalf = RoutineMistake<Routine>(
    id: "cosine-missing-half", title: "the cosine schedule without its factor ½",
    fix: "ε = η_min + (ε₀ − η_min)(1 + cos(πk/T)) / 2: the bracket runs from 2 to 0, so halve it.",
    routine: { step, settings in
      let minimum = settings.number("eta_min", default: 0)
      let phase = Double.pi * Double(step) / settings.number("t_max", default: 1)
      return minimum + (settings.number("lr", default: 0) - minimum) * (1 + cos(phase))
    })
}
