import DescentCore
import DescentReference

/// Reads an optimizer's hyper-parameters from command-line options without
/// knowing them in advance: option `--weight-decay 0.01` sets the
/// hyper-parameter `weight_decay` of whichever optimizer was chosen, so a
/// new optimizer in the registry needs no command-line code.
///
/// Numbers take a value (`--beta2 0.99` or `--beta2=0.99`); flags take none
/// (`--nesterov` sets true, `--no-bias-correction` sets false, and
/// `--amsgrad=false` is accepted too). An option the optimizer does not
/// take is an error naming it and listing those it does take.
enum HyperparameterArguments {
  /// The hyper-parameters `tokens` set, checked against `descriptor`.
  static func parse(_ tokens: [String], for descriptor: OptimizerDescriptor) throws(ReferenceInputError)
    -> Hyperparameters
  {
    var result = Hyperparameters()
    var index = tokens.startIndex
    while index < tokens.endIndex {
      let token = tokens[index]
      index += 1
      guard token.hasPrefix("--"), token.count > 2 else {
        throw ReferenceInputError("unexpected argument '\(token)' (options are written --name value)")
      }
      let body = token.dropFirst(2)
      let name: Substring
      let inlineValue: String?
      if let equals = body.firstIndex(of: "=") {
        name = body[..<equals]
        inlineValue = String(body[body.index(after: equals)...])
      } else {
        name = body
        inlineValue = nil
      }
      let snakeName = snakeCase(name)
      if let specification = descriptor.hyperparameters.first(where: { $0.name == snakeName }) {
        guard result.numbers[snakeName] == nil, result.flags[snakeName] == nil else {
          throw ReferenceInputError("--\(name) is given more than once")
        }
        switch specification.kind {
        case .number:
          let text: String
          if let inlineValue {
            text = inlineValue
          } else if index < tokens.endIndex {
            text = tokens[index]
            index += 1
          } else {
            throw ReferenceInputError("--\(name) needs a number")
          }
          guard let value = Double(text) else {
            throw ReferenceInputError("--\(name): '\(text)' is not a number")
          }
          result.numbers[snakeName] = value
        case .flag:
          switch inlineValue {
          case nil, "true": result.flags[snakeName] = true
          case "false": result.flags[snakeName] = false
          case let other?:
            throw ReferenceInputError("--\(name) is a flag: write --\(name) or --no-\(name), not '\(other)'")
          }
        }
      } else if snakeName.hasPrefix("no_"),
        let specification = descriptor.hyperparameters.first(where: { $0.name == snakeName.dropFirst(3) }),
        case .flag = specification.kind, inlineValue == nil
      {
        guard result.flags[specification.name] == nil else {
          throw ReferenceInputError("--\(kebabCase(specification.name)) is given more than once")
        }
        result.flags[specification.name] = false
      } else {
        throw ReferenceInputError(
          "\(descriptor.name) takes no option --\(name) (it takes \(optionList(descriptor)))")
      }
    }
    return result
  }

  /// `--lr, --momentum, --nesterov, …` for `descriptor`, as help and errors show them.
  static func optionList(_ descriptor: OptimizerDescriptor) -> String {
    descriptor.hyperparameters.map { "--\(kebabCase($0.name))" }.joined(separator: ", ")
  }

  /// `weight_decay` → `weight-decay`.
  static func kebabCase(_ name: some StringProtocol) -> String {
    String(name.map { $0 == "_" ? "-" : $0 })
  }

  /// `weight-decay` → `weight_decay`.
  static func snakeCase(_ name: some StringProtocol) -> String {
    String(name.map { $0 == "-" ? "_" : $0 })
  }
}
