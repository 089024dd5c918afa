/// A name or hyper-parameter the optimizer registry cannot accept, worded
/// for the person who wrote it (a rubric author, a command-line user).
///
/// ```
/// unknown optimizer 'adan' (known: adadelta, adagrad, adam, …)
/// adam: lr must be ≥ 0, got -0.1
/// adam: amsgrad is a flag (true or false), got a number
/// sgd: unknown hyper-parameter 'betas' (sgd takes: dampening, lr, momentum, nesterov, weight_decay)
/// ```
public enum RegistryError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No optimizer has this name.
  case unknownOptimizer(name: String, known: [String])
  /// The optimizer takes no hyper-parameter of this name.
  case unknownHyperparameter(optimizer: String, name: String, known: [String])
  /// A number was given for a flag, or a flag for a number.
  case wrongKind(optimizer: String, name: String, expected: String, got: String)
  /// A number outside the hyper-parameter's range (`requirement` is "≥ 0", "in [0, 1)", …).
  case outOfRange(optimizer: String, name: String, requirement: String, value: Double)
  /// Values that are each in range but cannot be used together, or that the
  /// optimizer refused when built.
  case invalidCombination(optimizer: String, message: String)

  public var description: String {
    switch self {
    case .unknownOptimizer(let name, let known):
      "unknown optimizer '\(name)' (known: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
    case .unknownHyperparameter(let optimizer, let name, let known):
      "\(optimizer): unknown hyper-parameter '\(name)' (\(optimizer) takes: "
        + "\(known.isEmpty ? "none" : known.joined(separator: ", ")))"
    case .wrongKind(let optimizer, let name, let expected, let got):
      "\(optimizer): \(name) is \(expected), got \(got)"
    case .outOfRange(let optimizer, let name, let requirement, let value):
      "\(optimizer): \(name) must be \(requirement), got \(value)"
    case .invalidCombination(let optimizer, let message):
      "\(optimizer): \(message)"
    }
  }
}
