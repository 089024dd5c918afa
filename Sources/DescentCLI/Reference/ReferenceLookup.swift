import DescentCore
import DescentReference

/// The reference commands' door to the registry and the test problems:
/// names are looked up, defaults filled and ranges checked there, never here.
enum ReferenceLookup {
  /// The descriptor of the optimizer called `name`.
  static func descriptor(named name: String) throws(ReferenceInputError) -> OptimizerDescriptor {
    guard let descriptor = OptimizerRegistry.all.first(where: { $0.name == name }) else {
      let known = OptimizerRegistry.all.map(\.name).joined(separator: ", ")
      throw ReferenceInputError("unknown optimizer '\(name)' (known: \(known))")
    }
    return descriptor
  }

  /// `given` with every other hyper-parameter at its registry default, each
  /// checked against its range.
  static func resolve(_ given: Hyperparameters, for descriptor: OptimizerDescriptor) throws(ReferenceInputError)
    -> Hyperparameters
  {
    var resolved = Hyperparameters()
    for specification in descriptor.hyperparameters {
      switch specification.kind {
      case .number(let defaultValue, let range):
        let value = given.numbers[specification.name] ?? defaultValue
        guard range.contains(value) else {
          throw ReferenceInputError(
            "--\(HyperparameterArguments.kebabCase(specification.name)) must lie in "
              + "[\(range.lowerBound), \(range.upperBound)] for \(descriptor.name), got \(value)")
        }
        resolved.numbers[specification.name] = value
      case .flag(let defaultValue):
        resolved.flags[specification.name] = given.flags[specification.name] ?? defaultValue
      }
    }
    return resolved
  }

  /// The optimizer `descriptor` builds from `hyperparameters`.
  static func makeOptimizer(_ descriptor: OptimizerDescriptor, _ hyperparameters: Hyperparameters) throws(
    ReferenceInputError
  ) -> any Optimizer {
    do {
      return try descriptor.make(hyperparameters)
    } catch {
      throw ReferenceInputError("\(error)")
    }
  }

  /// The test problem `specification` names.
  static func objective(for specification: ProblemSpecification) throws(ReferenceInputError) -> any Objective {
    // Replaced by TestProblems.objective(for:) once the core's problems land.
    throw ReferenceInputError("unknown problem '\(specification.name)' (test problems are not available yet)")
  }
}
