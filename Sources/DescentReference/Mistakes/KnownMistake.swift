import DescentCore

/// A classic wrong implementation of an optimizer, runnable: when a student's
/// trajectory fails, the grader runs each known mistake of that optimizer
/// with the same hyper-parameters and, when one matches the student's
/// points, names it and says how to fix it.
///
/// Each mistake is a small, deliberate variant of the reference (often the
/// reference itself with one option changed), written the way a student
/// would get it wrong.
public struct KnownMistake: Sendable {
  /// A stable identifier, `[a-z0-9-]`, e.g. `adam-eps-inside-sqrt`.
  public var id: String
  /// The mistake in the lecture's words, e.g. "ε inside the square root".
  public var title: String
  /// How to fix it, one imperative sentence.
  public var fix: String
  /// The registry name of the optimizer this is a wrong version of (`adam`, `sgd`, …).
  public var optimizer: String
  /// Builds the wrong optimizer from the optimizer's hyper-parameters,
  /// already resolved by ``OptimizerRegistry/resolve(_:for:)``; `nil` when
  /// the mistake cannot show with them (dampening on the first step when
  /// dampening is 0), so that it is never offered as an explanation.
  public var make: @Sendable (Hyperparameters) throws -> (any Optimizer)?

  /// Creates a known mistake.
  public init(
    id: String, title: String, fix: String, optimizer: String,
    make: @escaping @Sendable (Hyperparameters) throws -> (any Optimizer)?
  ) {
    self.id = id
    self.title = title
    self.fix = fix
    self.optimizer = optimizer
    self.make = make
  }
}
