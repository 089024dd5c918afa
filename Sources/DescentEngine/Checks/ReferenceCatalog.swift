import DescentCore
import DescentReference
import DescentReports

/// The engine's one door to the reference: optimizers with their defaults
/// and equivalent formulations, test problems and exercise functions, known
/// minimizers, and the classic mistakes. Everything here runs in the
/// engine's process, never the student's.
enum ReferenceCatalog {
  /// The test problem `specification` names.
  static func problem(_ specification: ProblemSpecification) throws -> any Objective {
    try TestProblems.objective(for: specification)
  }

  /// The exercise function (or test problem) called `name` in `dimension` dimensions.
  static func function(named name: String, dimension: Int) throws -> any Objective {
    try ReferenceFunctions.objective(named: name, dimension: dimension)
  }

  /// The problem's known minimizers; empty when none are known.
  static func minimizers(of specification: ProblemSpecification) -> [[Double]] {
    TestProblems.minimizers(of: specification)
  }

  /// The reference's optimizers for `name` under `hyperparameters` (torch's
  /// defaults filled in): its own formulation first, then each equivalent
  /// formulation that applies, each with its name.
  static func formulations(of name: String, hyperparameters: Hyperparameters) throws
    -> [(name: String, optimizer: any Optimizer)]
  {
    let own = try OptimizerRegistry.makeOptimizer(named: name, hyperparameters: hyperparameters)
    let equivalents = try OptimizerRegistry.equivalentOptimizers(named: name, hyperparameters: hyperparameters)
    return [(name, own)] + equivalents.map { ("\($0.formulation.name) (\($0.formulation.relation))", $0.optimizer) }
  }

  /// The optimizer's classic mistakes that can show under
  /// `hyperparameters` (torch's defaults filled in), each built.
  static func mistakes(of name: String, hyperparameters: Hyperparameters) throws
    -> [(mistake: NamedMistake, optimizer: any Optimizer)]
  {
    let resolved = try OptimizerRegistry.resolve(hyperparameters, for: name)
    return try MistakeCatalog.mistakes(of: name).compactMap { known in
      guard let optimizer = try known.make(resolved) else { return nil }
      return (NamedMistake(id: known.id, title: known.title, fix: known.fix), optimizer)
    }
  }

  /// Runs `optimizer` for `steps` steps from `start`: the start and one point
  /// per completed step (fewer when the method stops early, as a line search
  /// that finds no acceptable step does).
  static func run(_ optimizer: any Optimizer, on objective: any Objective, from start: [Double], steps: Int)
    -> [[Double]]
  {
    var optimizer = optimizer
    var x = start
    var points = [start]
    points.reserveCapacity(steps + 1)
    for _ in 0..<steps {
      do {
        try optimizer.step(&x, on: objective)
      } catch {
        return points
      }
      points.append(x)
    }
    return points
  }
}

extension RoutineMistake {
  /// The mistake as a report names it.
  var named: NamedMistake { NamedMistake(id: id, title: title, fix: fix) }
}
