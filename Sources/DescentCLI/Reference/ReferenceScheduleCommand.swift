import ArgumentParser
import DescentCore
import DescentReference
import Foundation

/// `descent reference schedule`: the learning rate a reference schedule
/// gives at each step, for lecture notes.
struct ReferenceScheduleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schedule",
    abstract: "Print the learning rate a reference schedule gives at each step.",
    discussion: """
      Schedules (torch.optim.lr_scheduler's definitions where torch has one):
        step         ε₀ · γ^⌊k / s⌋                       --step-size s, --gamma γ (default 0.1)
        exponential  ε₀ · γᵏ                              --gamma γ
        linear       (1 − k/τ) ε₀ + (k/τ) ε_τ, then ε_τ   --final ε_τ, --horizon τ  (the Deep Learning book)
        cosine       ε_min + (ε₀ − ε_min)(1 + cos(πk/T))/2  --minimum ε_min (default 0), --period T

      Prints one JSON object: "schedule", "lr", "steps" and "rates" (the rate at steps 0 … steps − 1).

      Examples:
        descent reference schedule --schedule step --lr 0.1 --step-size 30 --steps 100
        descent reference schedule --schedule cosine --lr 0.1 --period 50 --steps 50

      Exit status: 0; 2 for input that cannot be used (one line on standard error).
      """)

  @Option(help: ArgumentHelp("step, exponential, linear or cosine.", valueName: "name"))
  var schedule: String

  @Option(help: ArgumentHelp("ε₀, the initial learning rate.", valueName: "rate"))
  var lr: Double

  @Option(help: ArgumentHelp("How many steps to print (1 to 100000).", valueName: "n"))
  var steps: Int

  @Option(name: .customLong("step-size"), help: ArgumentHelp("step: steps between decays.", valueName: "s"))
  var stepSize: Int?

  @Option(help: ArgumentHelp("step, exponential: the decay factor.", valueName: "γ"))
  var gamma: Double?

  @Option(help: ArgumentHelp("linear: the rate reached at the horizon.", valueName: "rate"))
  var final: Double?

  @Option(help: ArgumentHelp("linear: the step at which the final rate is reached.", valueName: "τ"))
  var horizon: Int?

  @Option(help: ArgumentHelp("cosine: the lowest rate (default 0).", valueName: "rate"))
  var minimum: Double?

  @Option(help: ArgumentHelp("cosine: the steps of one half period.", valueName: "T"))
  var period: Int?

  func run() throws {
    let chosen: any LearningRateSchedule = try ReferenceFailure.input {
      guard lr.isFinite else { throw ReferenceInputError("--lr must be a finite number, got \(lr)") }
      guard (1...100_000).contains(steps) else {
        throw ReferenceInputError("--steps must be 1 to 100000, got \(steps)")
      }
      // The options under the rubric's names (ScheduleCatalog), with the defaults this command documents.
      var numbers = ["lr": lr, "gamma": gamma, "final_lr": final, "eta_min": minimum].compactMapValues { $0 }
      numbers["step_size"] = stepSize.map(Double.init)
      numbers["horizon"] = horizon.map(Double.init)
      numbers["t_max"] = period.map(Double.init)
      if schedule == "step", gamma == nil { numbers["gamma"] = 0.1 }
      if schedule == "cosine", minimum == nil { numbers["eta_min"] = 0 }
      do {
        return try ScheduleCatalog.schedule(named: schedule, settings: Hyperparameters(numbers: numbers))
      } catch let error as ScheduleError {
        throw ReferenceInputError(Self.optionWording(error.message))
      }
    }
    let rates = (0..<steps).map { chosen.learningRate(atStep: $0) }
    print(
      ReferenceJSON.object([
        ("schedule", .string(schedule)), ("lr", .number(lr)), ("steps", .integer(steps)), ("rates", .numbers(rates)),
      ]).text)
  }

  /// A ``ScheduleError`` in this command's option names.
  static func optionWording(_ message: String) -> String {
    var text = "--schedule: " + message
    for (name, option) in [
      ("step_size", "--step-size"), ("final_lr", "--final"), ("t_max", "--period"), ("eta_min", "--minimum"),
      ("horizon", "--horizon"), ("gamma", "--gamma"),
    ] {
      text = text.replacingOccurrences(of: name, with: option)
    }
    return text.replacingOccurrences(of: #"\blr\b"#, with: "--lr", options: .regularExpression)
  }
}
