import DescentCore

/// One optimizer the reference offers: its name, its hyper-parameters with
/// torch.optim's defaults, and how to build it.
///
/// The command line (`descent reference trajectory --optimizer NAME`), the
/// rubric validator and the grading engine all go through descriptors, so a
/// name or a default is written once.
public struct OptimizerDescriptor: Sendable {
  /// The name used by rubrics and the command line (`sgd`, `adam`, `lbfgs`, …).
  public var name: String
  /// One line for `--help` and error messages.
  public var summary: String
  /// Every hyper-parameter the optimizer takes, with its default.
  public var hyperparameters: [HyperparameterSpecification]
  /// Builds the optimizer from a complete set of hyper-parameters.
  public var make: @Sendable (Hyperparameters) throws -> any Optimizer

  /// Creates a descriptor.
  public init(
    name: String, summary: String, hyperparameters: [HyperparameterSpecification],
    make: @escaping @Sendable (Hyperparameters) throws -> any Optimizer
  ) {
    self.name = name
    self.summary = summary
    self.hyperparameters = hyperparameters
    self.make = make
  }
}

/// A hyper-parameter's name, kind, default and allowed range.
public struct HyperparameterSpecification: Sendable, Hashable {
  /// torch.optim's name: `lr`, `momentum`, `beta1`, `nesterov`, …
  public var name: String
  /// Whether it is a number or a flag, with its default.
  public var kind: Kind
  /// One line for `--help`.
  public var summary: String

  /// A hyper-parameter's kind and default.
  public enum Kind: Sendable, Hashable {
    /// A number with its default and the closed range it must lie in.
    case number(default: Double, range: ClosedRange<Double>)
    /// A flag with its default.
    case flag(default: Bool)
  }

  /// Creates a specification.
  public init(name: String, kind: Kind, summary: String) {
    self.name = name
    self.kind = kind
    self.summary = summary
  }
}
