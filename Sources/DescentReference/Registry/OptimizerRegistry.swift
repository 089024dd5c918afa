import DescentCore

/// Every optimizer the reference offers, by name: the one place where names
/// are looked up, defaults filled in and ranges checked, for the command
/// line, the rubric validator and the grading engine alike.
public enum OptimizerRegistry {
  /// All descriptors, first-order then second-order.
  public static var all: [OptimizerDescriptor] { firstOrderDescriptors + secondOrderDescriptors }

  /// Every registered name, sorted.
  public static var names: [String] { all.map(\.name).sorted() }

  /// The descriptor of the optimizer called `name`.
  ///
  /// - Throws: ``RegistryError/unknownOptimizer(name:known:)``, listing the known names.
  public static func descriptor(named name: String) throws(RegistryError) -> OptimizerDescriptor {
    guard let descriptor = all.first(where: { $0.name == name }) else {
      throw .unknownOptimizer(name: name, known: names)
    }
    return descriptor
  }

  /// `overrides` completed with the defaults of the optimizer called
  /// `optimizer`: every hyper-parameter it takes, each checked.
  ///
  /// - Throws: ``RegistryError`` for an unknown optimizer or hyper-parameter
  ///   name, a number given for a flag (or the reverse), or a number outside
  ///   its range ("adam: lr must be ≥ 0, got -0.1").
  public static func resolve(_ overrides: Hyperparameters, for optimizer: String) throws(RegistryError)
    -> Hyperparameters
  {
    try resolve(overrides, for: descriptor(named: optimizer))
  }

  /// `overrides` completed with `descriptor`'s defaults, each checked; see
  /// ``resolve(_:for:)``.
  public static func resolve(_ overrides: Hyperparameters, for descriptor: OptimizerDescriptor) throws(RegistryError)
    -> Hyperparameters
  {
    let known = descriptor.hyperparameters.map(\.name).sorted()
    for name in (Array(overrides.numbers.keys) + Array(overrides.flags.keys)).sorted() where !known.contains(name) {
      throw .unknownHyperparameter(optimizer: descriptor.name, name: name, known: known)
    }
    var resolved = Hyperparameters()
    for specification in descriptor.hyperparameters {
      let name = specification.name
      switch specification.kind {
      case .number(let defaultValue, let range):
        if let flag = overrides.flags[name] {
          throw .wrongKind(optimizer: descriptor.name, name: name, expected: "a number", got: "\(flag)")
        }
        let value = overrides.numbers[name] ?? defaultValue
        guard range.contains(value) else {
          throw .outOfRange(
            optimizer: descriptor.name, name: name, requirement: HyperparameterSpecification.describe(range),
            value: value)
        }
        resolved.numbers[name] = value
      case .flag(let defaultValue):
        if let number = overrides.numbers[name] {
          throw .wrongKind(
            optimizer: descriptor.name, name: name, expected: "a flag (true or false)", got: "the number \(number)")
        }
        resolved.flags[name] = overrides.flags[name] ?? defaultValue
      }
    }
    return resolved
  }

  /// The optimizer called `name`, built from `hyperparameters` completed
  /// with its defaults.
  ///
  /// - Throws: ``RegistryError`` as ``resolve(_:for:)`` does, or
  ///   ``RegistryError/invalidCombination(optimizer:message:)`` when the
  ///   optimizer refuses values that are each in range (Nesterov without momentum).
  public static func makeOptimizer(named name: String, hyperparameters: Hyperparameters = Hyperparameters())
    throws(RegistryError) -> any Optimizer
  {
    let descriptor = try descriptor(named: name)
    let resolved = try resolve(hyperparameters, for: descriptor)
    do {
      return try descriptor.make(resolved)
    } catch let error as RegistryError {
      throw error
    } catch {
      throw .invalidCombination(optimizer: name, message: "\(error)")
    }
  }

  /// The other formulations of the optimizer called `name` that apply to
  /// `hyperparameters` (completed with defaults), each built: the points a
  /// correct student using that form would report.
  ///
  /// - Throws: ``RegistryError`` as ``makeOptimizer(named:hyperparameters:)`` does.
  public static func equivalentOptimizers(named name: String, hyperparameters: Hyperparameters = Hyperparameters())
    throws(RegistryError) -> [(formulation: EquivalentFormulation, optimizer: any Optimizer)]
  {
    let descriptor = try descriptor(named: name)
    let resolved = try resolve(hyperparameters, for: descriptor)
    var built: [(formulation: EquivalentFormulation, optimizer: any Optimizer)] = []
    for formulation in descriptor.equivalentFormulations {
      do {
        if let optimizer = try formulation.make(resolved) { built.append((formulation, optimizer)) }
      } catch {
        throw .invalidCombination(optimizer: formulation.name, message: "\(error)")
      }
    }
    return built
  }
}
