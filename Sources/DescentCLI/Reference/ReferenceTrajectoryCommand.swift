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
      [--<hyper-parameter> <value> ...] [--format json|text]
      """,
    discussion: """
      Prints one JSON object: "optimizer", "problem", "hyperparameters" (every one the optimizer takes, \
      defaults filled in), "points" (steps + 1 points, the start first) and "losses" (f at each point). \
      Numbers are written so that they read back as the same float64; NaN and infinities are written \
      as the strings "NaN", "Infinity" and "-Infinity".

      Hyper-parameters are options named after torch.optim's, in kebab-case: --weight-decay sets \
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

  @Option(help: "The optimizer's name, as rubrics write it (sgd, adam, lbfgs, …).")
  var optimizer: String

  @Option(help: "The test problem's name.")
  var problem: String

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("The starting point, comma-separated; its length is the dimension.", valueName: "x1,x2,..."))
  var start: String

  @Option(parsing: .unconditional, help: "How many optimizer steps to take (0 or more).")
  var steps: Int

  @Option(parsing: .unconditional, help: "The learning rate (every optimizer takes it; omitted: its default).")
  var lr: Double?

  @Option(parsing: .unconditional, help: "The condition number κ ≥ 1 of the quadratic problem (default 10).")
  var condition: Double?

  @Option(help: "json (one object) or text (a table).")
  var format: ReferenceOutputFormat = .json

  @Argument(parsing: .allUnrecognized, help: .hidden)
  var hyperparameterOptions: [String] = []

  func validate() throws {
    try ReferenceFailure.input {
      guard steps >= 0 else { throw ReferenceInputError("--steps must be 0 or more, got \(steps)") }
      _ = try TrajectoryRequest.point(start)
    }
  }

  func run() throws {
    let request = try ReferenceFailure.input { try TrajectoryRequest(self) }
    let trajectory: ReferenceRun
    do {
      trajectory = try ReferenceRun(request)
    } catch {
      ReferenceFailure.report(error)
      throw ReferenceFailure.methodFailed
    }
    switch format {
    case .json: print(trajectory.json.text)
    case .text: print(trajectory.table, terminator: "")
    }
  }
}

/// How `descent reference` prints its result.
enum ReferenceOutputFormat: String, ExpressibleByArgument, CaseIterable {
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
    start = try Self.point(command.start)
    steps = command.steps
    descriptor = try ReferenceLookup.descriptor(named: command.optimizer)
    var given = try HyperparameterArguments.parse(command.hyperparameterOptions, for: descriptor)
    if let lr = command.lr {
      guard descriptor.hyperparameters.contains(where: { $0.name == "lr" }) else {
        throw ReferenceInputError("\(descriptor.name) takes no option --lr")
      }
      given.numbers["lr"] = lr
    }
    hyperparameters = try ReferenceLookup.resolve(given, for: descriptor)
    let parameters = command.condition.map { ["condition": $0] } ?? [:]
    problem = ProblemSpecification(name: command.problem, dimension: start.count, parameters: parameters)
    objective = try ReferenceLookup.objective(for: problem)
    optimizer = try ReferenceLookup.makeOptimizer(descriptor, hyperparameters)
  }

  /// The point `text` writes as comma-separated numbers.
  static func point(_ text: String) throws(ReferenceInputError) -> [Double] {
    let fields = text.split(separator: ",", omittingEmptySubsequences: false)
    var point: [Double] = []
    for field in fields {
      let trimmed = field.trimmingCharacters(in: .whitespaces)
      guard let value = Double(trimmed), value.isFinite else {
        throw ReferenceInputError("--start: '\(trimmed)' is not a finite number (write x1,x2,...)")
      }
      point.append(value)
    }
    return point
  }
}
