/// The hyper-parameters of one optimizer run, by torch.optim's names:
/// numbers (`lr`, `momentum`, `beta1`, `beta2`, `eps`, `weight_decay`, …) and
/// flags (`nesterov`, `centered`, `amsgrad`, `bias_correction`, …).
///
/// The engine sends every hyper-parameter an optimizer takes, defaults filled
/// in, so a student's factory reads values rather than guessing defaults.
public struct Hyperparameters: Codable, Hashable, Sendable {
  /// Numeric hyper-parameters by name.
  public var numbers: [String: Double]
  /// Boolean hyper-parameters by name; an absent flag reads as `false`.
  public var flags: [String: Bool]

  /// Creates a set of hyper-parameters.
  public init(numbers: [String: Double] = [:], flags: [String: Bool] = [:]) {
    self.numbers = numbers
    self.flags = flags
  }

  /// The number called `name`.
  ///
  /// - Throws: ``MissingHyperparameter`` when there is none.
  public func number(_ name: String) throws(MissingHyperparameter) -> Double {
    guard let value = numbers[name] else {
      throw MissingHyperparameter(name: name, available: numbers.keys.sorted())
    }
    return value
  }

  /// The number called `name`, or `defaultValue` when there is none.
  public func number(_ name: String, default defaultValue: Double) -> Double {
    numbers[name] ?? defaultValue
  }

  /// The flag called `name`; `false` when absent.
  public func flag(_ name: String) -> Bool { flags[name] ?? false }

  /// The flag called `name`, or `defaultValue` when absent.
  public func flag(_ name: String, default defaultValue: Bool) -> Bool {
    flags[name] ?? defaultValue
  }
}

/// A hyper-parameter that was asked for by name but not given.
public struct MissingHyperparameter: Error, Equatable, Sendable, CustomStringConvertible {
  /// The name that was asked for.
  public var name: String
  /// The names that were given.
  public var available: [String]

  /// Creates the error for `name`, listing the `available` names.
  public init(name: String, available: [String]) {
    self.name = name
    self.available = available
  }

  public var description: String {
    "no hyper-parameter '\(name)' (given: \(available.isEmpty ? "none" : available.joined(separator: ", ")))"
  }
}
