import DescentReference

/// Help text built from the registry, so that `--help` lists exactly the
/// optimizers and defaults the reference has.
enum ReferenceHelp {
  /// One paragraph per optimizer: its name and summary, then its options with defaults.
  static var optimizerTable: String {
    OptimizerRegistry.all.map { descriptor in
      let options = descriptor.hyperparameters.map { specification in
        let option = "--" + HyperparameterArguments.kebabCase(specification.name)
        switch specification.kind {
        case .number(let defaultValue, _): return "\(option) \(number(defaultValue))"
        case .flag(let defaultValue): return defaultValue ? option : "--no-\(option.dropFirst(2))"
        }
      }
      return "  \(descriptor.name): \(descriptor.summary)\n    \(options.joined(separator: ", "))"
    }.joined(separator: "\n")
  }

  /// `25` rather than `25.0` for whole numbers; Swift's shortest form otherwise.
  private static func number(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
    return value.description
  }
}
