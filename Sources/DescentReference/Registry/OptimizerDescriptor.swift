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
  /// Other ways of writing the same method whose points a correct student
  /// may report instead (the look-ahead form of Nesterov momentum); the
  /// grader accepts a trajectory that matches any of them. Empty for most.
  public var equivalentFormulations: [EquivalentFormulation]

  /// Creates a descriptor.
  public init(
    name: String, summary: String, hyperparameters: [HyperparameterSpecification],
    equivalentFormulations: [EquivalentFormulation] = [],
    make: @escaping @Sendable (Hyperparameters) throws -> any Optimizer
  ) {
    self.name = name
    self.summary = summary
    self.hyperparameters = hyperparameters
    self.equivalentFormulations = equivalentFormulations
    self.make = make
  }
}

/// Another formulation of an optimizer that the lecture calls the same
/// method, but whose points differ (or may differ in rounding), built from
/// the original's hyper-parameters.
///
/// The grader compares a student's points with the reference's step by
/// step, so a student who writes Nesterov momentum in the look-ahead form
/// (v ← ρv − α∇f(x + ρv), x ← x + v) reports xₖ where torch's form reports
/// x̃ₖ = xₖ + ρvₖ. Running this formulation on the same input gives the
/// points that student must report.
public struct EquivalentFormulation: Sendable {
  /// The registry name of the other form (`sgd-nesterov-lookahead`).
  public var name: String
  /// How its points relate to the original's, for the grader's message:
  /// "the look-ahead form: its points are x where torch's are x̃ = x + ρv".
  public var relation: String
  /// Builds the other form from the original's complete hyper-parameters;
  /// `nil` when they select a variant with no such form (momentum 0, dampening).
  public var make: @Sendable (Hyperparameters) throws -> (any Optimizer)?

  /// Creates a formulation.
  public init(
    name: String, relation: String, make: @escaping @Sendable (Hyperparameters) throws -> (any Optimizer)?
  ) {
    self.name = name
    self.relation = relation
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

  /// The default value, as a number or a flag.
  public var defaultDescription: String {
    switch kind {
    case .number(let value, _): "\(value)"
    case .flag(let value): "\(value)"
    }
  }

  /// `range` in words: "≥ 0", "> 0", "in [0, 1)", "in (0, 1)", "in [1, 1000]".
  ///
  /// A lower bound of `Double.leastNormalMagnitude` reads as "> 0" and an
  /// upper bound of `(1.0).nextDown` as "< 1": that is how the registry
  /// writes open ends with closed ranges.
  public static func describe(_ range: ClosedRange<Double>) -> String {
    let lower = range.lowerBound
    let upper = range.upperBound
    let isOpenBelow = lower > 0 && lower <= Double.leastNormalMagnitude
    let isOpenAbove = upper < 1 && upper == (1.0).nextDown
    let lowerText = isOpenBelow ? "0" : text(lower)
    if upper >= Double.greatestFiniteMagnitude { return "\(isOpenBelow ? ">" : "≥") \(lowerText)" }
    let upperText = isOpenAbove ? "1" : text(upper)
    return "in \(isOpenBelow ? "(" : "[")\(lowerText), \(upperText)\(isOpenAbove ? ")" : "]")"
  }

  /// A bound without a trailing ".0" when it is whole.
  private static func text(_ value: Double) -> String {
    value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
  }
}
