import DescentCore
import DescentReference

/// What the rubric loader validates names against: the optimizers, test
/// problems and exercise functions the reference offers. A value of
/// closures so that the loader has one source of truth (the reference) and
/// no list of its own.
struct RubricVocabulary: Sendable {
  /// The hyper-parameters the optimizer called `name` takes, or nil when
  /// there is no such optimizer.
  var hyperparameters: @Sendable (_ optimizer: String) -> [HyperparameterSpecification]?
  /// Every optimizer name, for "known: …" in errors.
  var optimizerNames: @Sendable () -> [String]
  /// The complete hyper-parameters for `optimizer` from those given, torch's
  /// defaults filled in; throws when the registry rejects them.
  var resolve: @Sendable (_ given: Hyperparameters, _ optimizer: String) throws -> Hyperparameters
  /// Throws when the reference cannot build the problem (unknown name,
  /// unsupported dimension, bad parameter).
  var validateProblem: @Sendable (ProblemSpecification) throws -> Void
  /// Throws when the reference has no function `name` in `dimension` dimensions.
  var validateFunction: @Sendable (_ name: String, _ dimension: Int) throws -> Void
  /// Whether the problem's minimizers are known, as a distance target needs.
  var hasKnownMinimizers: @Sendable (ProblemSpecification) -> Bool
}

extension RubricVocabulary {
  /// The reference's optimizers, problems and functions.
  static let reference = RubricVocabulary(
    hyperparameters: { name in try? OptimizerRegistry.descriptor(named: name).hyperparameters },
    optimizerNames: { OptimizerRegistry.names },
    resolve: { given, optimizer in try OptimizerRegistry.resolve(given, for: optimizer) },
    validateProblem: { specification in _ = try ReferenceCatalog.problem(specification) },
    validateFunction: { name, dimension in _ = try ReferenceCatalog.function(named: name, dimension: dimension) },
    hasKnownMinimizers: { specification in !ReferenceCatalog.minimizers(of: specification).isEmpty })
}
