import ArgumentParser
import DescentCore
import DescentReference
import Foundation

/// `descent reference trajectory`: runs a reference optimizer on a test
/// problem and prints every point it visits with the loss there.
struct ReferenceTrajectoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trajectory",
    abstract: "Print the points a reference optimizer visits on a test problem.",
    usage: """
      descent reference trajectory --optimizer <name> --problem <name> --start <x1,x2,...> --steps <n> \
      [--lr <value>] [--<hyper-parameter> <value> ...] [--format json|text]
      """,
    discussion: """
      Prints one JSON object: "optimizer", "problem", "hyperparameters" (every one the optimizer takes, \
      defaults filled in), "points" (steps + 1 points, the start first), "losses" (f at each point), \
      "evaluations" (for each step, how many values, gradients and Hessians or Hessian–vector products \
      it asked for: a line search's cost shows there), "step_lengths" (‖xₖ − xₖ₋₁‖ for each step) and, \
      for BFGS, L-BFGS and CG, "line_search_steps" (each step's accepted α; null where the point stayed). \
      Numbers are written so that they read back as the same float64; NaN and infinities are written \
      as the strings "NaN", "Infinity" and "-Infinity".

      --lr sets the learning rate (every optimizer takes it). Other hyper-parameters are options named \
      after torch.optim's, in kebab-case: --weight-decay sets \
      weight_decay. Numbers take a value (--beta2 0.99); flags take none (--nesterov, --no-bias-correction). \
      An omitted hyper-parameter takes its default. An option the optimizer does not take is an error.

      Problems: rosenbrock, quadratic (--condition κ), saddle, beale, booth, square, paraboloid; the \
      dimension is the number of coordinates in --start.

      Examples:
        descent reference trajectory --optimizer adam \\
          --problem rosenbrock --start -1.2,1 --steps 100
        descent reference trajectory --optimizer sgd --lr 0.01 \\
          --momentum 0.9 --nesterov --problem quadratic --condition 100 \\
          --start 1,1,1 --steps 50 --format text
        descent reference trajectory --optimizer lbfgs --history-size 5 \\
          --problem rosenbrock --start -1.2,1 --steps 40

      Optimizers and their hyper-parameters, with defaults (flags shown as their default):
      \(ReferenceHelp.optimizerTable)

      Exit status: 0 on success, 2 for input that cannot be used (one line on standard error naming \
      it), 1 when the optimizer itself fails (a singular Hessian, a failed line search).
      """)

  // Every option is read as text and checked here, so that a bad value gets
  // this command's one-line error and exit status 2, not the parser's usage
  // text. `--lr` is read with the other hyper-parameters.

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("The optimizer's name, as rubrics write it (sgd, adam, lbfgs, …).", valueName: "name"))
  var optimizer: String?

  @Option(parsing: .unconditional, help: ArgumentHelp("The test problem's name.", valueName: "name"))
  var problem: String?

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("The starting point, comma-separated; its length is the dimension.", valueName: "x1,x2,..."))
  var start: String?

  @Option(parsing: .unconditional, help: ArgumentHelp("How many optimizer steps to take (0 or more).", valueName: "n"))
  var steps: String?

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("The condition number κ ≥ 1 of the quadratic problem (default 10).", valueName: "κ"))
  var condition: String?

  @Option(parsing: .unconditional, help: ArgumentHelp("json (one object) or text (a table).", valueName: "json|text"))
  var format: String = "json"

  @Argument(parsing: .allUnrecognized, help: .hidden)
  var hyperparameterOptions: [String] = []

  func validate() throws {
    try ReferenceFailure.input {
      _ = try TrajectoryRequest.required(optimizer, "--optimizer")
      _ = try TrajectoryRequest.required(problem, "--problem")
      _ = try TrajectoryRequest.point(TrajectoryRequest.required(start, "--start"))
      _ = try TrajectoryRequest.stepCount(TrajectoryRequest.required(steps, "--steps"))
      _ = try TrajectoryRequest.outputFormat(format)
    }
  }

  func run() throws {
    let (request, outputFormat) = try ReferenceFailure.input {
      (try TrajectoryRequest(self), try TrajectoryRequest.outputFormat(format))
    }
    let trajectory: ReferenceRun
    do {
      trajectory = try ReferenceRun(request)
    } catch {
      ReferenceFailure.report(error)
      throw ReferenceFailure.methodFailed
    }
    switch outputFormat {
    case .json: print(trajectory.json.text)
    case .text: print(trajectory.table, terminator: "")
    }
  }
}

/// How `descent reference` prints its result.
enum ReferenceOutputFormat: String, CaseIterable {
  /// One JSON object on one line.
  case json
  /// A table for people.
  case text
}

/// A trajectory request with every input checked: the optimizer built from
/// resolved hyper-parameters, the problem built for the start's dimension.
struct TrajectoryRequest {
  var descriptor: OptimizerDescriptor
  var hyperparameters: Hyperparameters
  var problem: ProblemSpecification
  var objective: any Objective
  var optimizer: any Optimizer
  var start: [Double]
  var steps: Int

  init(_ command: ReferenceTrajectoryCommand) throws {
    start = try Self.point(Self.required(command.start, "--start"))
    steps = try Self.stepCount(Self.required(command.steps, "--steps"))
    descriptor = try ReferenceLookup.descriptor(named: Self.required(command.optimizer, "--optimizer"))
    let given = try HyperparameterArguments.parse(command.hyperparameterOptions, for: descriptor)
    hyperparameters = try ReferenceLookup.resolve(given, for: descriptor)
    var parameters: [String: Double] = [:]
    if let condition = command.condition {
      guard let value = Double(condition.trimmingCharacters(in: .whitespaces)), value.isFinite else {
        throw ReferenceInputError("--condition: '\(condition)' is not a finite number")
      }
      parameters["condition"] = value
    }
    problem = ProblemSpecification(
      name: try Self.required(command.problem, "--problem"), dimension: start.count, parameters: parameters)
    objective = try ReferenceLookup.objective(for: problem)
    optimizer = try ReferenceLookup.makeOptimizer(descriptor, hyperparameters)
  }

  /// `value`, or an error naming the missing `option`.
  static func required(_ value: String?, _ option: String) throws(ReferenceInputError) -> String {
    guard let value else { throw ReferenceInputError("missing \(option) (see descent reference trajectory --help)") }
    return value
  }

  /// The step count `text` writes: a whole number, 0 or more.
  static func stepCount(_ text: String) throws(ReferenceInputError) -> Int {
    guard let steps = Int(text.trimmingCharacters(in: .whitespaces)) else {
      throw ReferenceInputError("--steps: '\(text)' is not a whole number")
    }
    guard steps >= 0 else { throw ReferenceInputError("--steps must be 0 or more, got \(steps)") }
    return steps
  }

  /// The output format `text` names.
  static func outputFormat(_ text: String) throws(ReferenceInputError) -> ReferenceOutputFormat {
    guard let format = ReferenceOutputFormat(rawValue: text) else {
      throw ReferenceInputError("--format: '\(text)' is not json or text")
    }
    return format
  }

  /// The point `text` writes as comma-separated numbers, given with the
  /// option called `option` (named in the error).
  static func point(_ text: String, option: String = "--start") throws(ReferenceInputError) -> [Double] {
    let fields = text.split(separator: ",", omittingEmptySubsequences: false)
    var point: [Double] = []
    for field in fields {
      let trimmed = field.trimmingCharacters(in: .whitespaces)
      guard let value = Double(trimmed), value.isFinite else {
        throw ReferenceInputError("\(option): '\(trimmed)' is not a finite number (write x1,x2,...)")
      }
      point.append(value)
    }
    return point
  }
}
