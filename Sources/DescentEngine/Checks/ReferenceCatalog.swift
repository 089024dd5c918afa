import DescentCore
import DescentReference
import DescentReports

/// The engine's one door to the reference: optimizers and their
/// hyper-parameters, test problems, exercise functions, known minimizers,
/// reference trajectories, equivalent formulations and classic mistakes.
/// Everything here runs in the engine's process, never the student's.
enum ReferenceCatalog {
  /// A reference computation that could not be set up, with a message for the instructor.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The descriptor of the optimizer called `name`.
  static func descriptor(named name: String) throws -> OptimizerDescriptor {
    guard let descriptor = OptimizerRegistry.all.first(where: { $0.name == name }) else {
      let known = OptimizerRegistry.all.map(\.name).sorted().joined(separator: ", ")
      throw Failure(description: "unknown optimizer '\(name)' (known: \(known.isEmpty ? "none" : known))")
    }
    return descriptor
  }

  /// The complete hyper-parameters for `optimizer`: those given, torch's
  /// defaults for the rest.
  static func resolve(_ given: Hyperparameters, for optimizer: String) throws -> Hyperparameters {
    let descriptor = try descriptor(named: optimizer)
    var resolved = Hyperparameters()
    for specification in descriptor.hyperparameters {
      switch specification.kind {
      case .number(let defaultValue, _):
        resolved.numbers[specification.name] = given.numbers[specification.name] ?? defaultValue
      case .flag(let defaultValue): resolved.flags[specification.name] = given.flags[specification.name] ?? defaultValue
      }
    }
    return resolved
  }

  /// The test problem `specification` names.
  static func problem(_ specification: ProblemSpecification) throws -> any Objective {
    throw Failure(description: "test problems are not available yet")
  }

  /// The exercise function (or test problem) called `name` in `dimension` dimensions.
  static func function(named name: String, dimension: Int) throws -> any Objective {
    throw Failure(description: "reference functions are not available yet")
  }

  /// The problem's known minimizers; empty when none are known.
  static func minimizers(of specification: ProblemSpecification) -> [[Double]] {
    []
  }

  /// The reference's trajectories for a trajectory check: the optimizer's
  /// own formulation first, then each equivalent formulation.
  static func trajectories(for parameters: TrajectoryParameters) throws -> [ReferenceTrajectory] {
    let descriptor = try descriptor(named: parameters.optimizer)
    let objective = try problem(parameters.problem)
    let formulations: [(String, @Sendable (Hyperparameters) throws -> any Optimizer)] = [
      (descriptor.name, descriptor.make)
    ]
    return try formulations.map { name, make in
      let optimizer = try make(parameters.hyperparameters)
      let run = run(optimizer, on: objective, from: parameters.start, steps: parameters.steps)
      return ReferenceTrajectory(formulation: name, points: run.points, stoppedBy: run.stoppedBy)
    }
  }

  /// The trajectories of the optimizer's classic mistakes on the same input,
  /// each with its name; mistakes that cannot be built are left out.
  static func mistakeTrajectories(for parameters: TrajectoryParameters) -> [(mistake: NamedMistake, points: [[Double]])]
  {
    []
  }

  /// Runs `optimizer` for `steps` steps from `start`: the start and one point
  /// per completed step, and the error that stopped it early, if any.
  static func run(_ optimizer: any Optimizer, on objective: any Objective, from start: [Double], steps: Int)
    -> (points: [[Double]], stoppedBy: String?)
  {
    var optimizer = optimizer
    var x = start
    var points = [start]
    points.reserveCapacity(steps + 1)
    for _ in 0..<steps {
      do {
        try optimizer.step(&x, on: objective)
      } catch {
        return (points, String(describing: error))
      }
      points.append(x)
    }
    return (points, nil)
  }
}

/// One reference trajectory: which formulation made it, its points (the
/// start and one per step) and the error that stopped it early, if any.
struct ReferenceTrajectory: Sendable {
  var formulation: String
  var points: [[Double]]
  var stoppedBy: String?
}
