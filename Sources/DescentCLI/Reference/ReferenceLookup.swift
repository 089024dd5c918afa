import DescentCore
import DescentReference

/// The reference commands' door to the registry and the test problems:
/// names are looked up, defaults filled in and ranges checked there, never
/// here, so the command line cannot drift from what the grader uses.
enum ReferenceLookup {
  /// The descriptor of the optimizer called `name`.
  static func descriptor(named name: String) throws(ReferenceInputError) -> OptimizerDescriptor {
    do {
      return try OptimizerRegistry.descriptor(named: name)
    } catch {
      throw ReferenceInputError("\(error)")
    }
  }

  /// `given` completed with the registry's defaults, each value checked.
  static func resolve(_ given: Hyperparameters, for descriptor: OptimizerDescriptor) throws(ReferenceInputError)
    -> Hyperparameters
  {
    do {
      return try OptimizerRegistry.resolve(given, for: descriptor)
    } catch {
      throw ReferenceInputError("\(error)")
    }
  }

  /// The optimizer `descriptor` names, built from complete `hyperparameters`.
  static func makeOptimizer(_ descriptor: OptimizerDescriptor, _ hyperparameters: Hyperparameters)
    throws(ReferenceInputError) -> any Optimizer
  {
    do {
      return try OptimizerRegistry.makeOptimizer(named: descriptor.name, hyperparameters: hyperparameters)
    } catch {
      throw ReferenceInputError("\(error)")
    }
  }

  /// The test problem `specification` names.
  static func objective(
    for specification: ProblemSpecification, pointOption: String = "--start"
  ) throws(ReferenceInputError) -> any Objective {
    do {
      return try TestProblems.objective(for: specification)
    } catch {
      if case .wrongDimension(let problem, let required, let got) = error {
        let coordinates = got == 1 ? "coordinate" : "coordinates"
        throw ReferenceInputError("\(pointOption) has \(got) \(coordinates), but \(problem) takes \(required)")
      }
      throw ReferenceInputError("\(error)")
    }
  }
}
