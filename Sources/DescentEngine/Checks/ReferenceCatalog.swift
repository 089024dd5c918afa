import DescentCore
import DescentReference

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
      case .number(let defaultValue, _): resolved.numbers[specification.name] = given.numbers[specification.name] ?? defaultValue
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
}
