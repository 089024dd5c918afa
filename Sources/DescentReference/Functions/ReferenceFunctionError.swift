import DescentCore

/// A function name or dimension that ``ReferenceFunctions`` does not know.
/// One line, listing the names there are.
public enum ReferenceFunctionError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No function has this name.
  case unknownFunction(name: String, known: [String])
  /// The function exists but not in this dimension; `required` reads "2" or "at least 1".
  case wrongDimension(function: String, required: String, got: Int)

  public var description: String {
    switch self {
    case .unknownFunction(let name, let known):
      return "unknown function '\(name)' (known: \(known.joined(separator: ", ")))"
    case .wrongDimension(let function, let required, let got):
      let plural = required == "1" || required.hasSuffix(" 1") ? "" : "s"
      return "\(function) takes \(required) dimension\(plural), got \(got)"
    }
  }
}
