/// A ``ProblemSpecification`` that names no test problem, or names one with
/// the wrong size or parameters. Each message is one line naming the field
/// at fault, e.g. `beale takes 2 dimensions, got 3`.
public enum ProblemError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No problem has this name; `known` lists the names there are.
  case unknownProblem(name: String, known: [String])
  /// The problem exists but not in `dimension` dimensions; `required`
  /// reads "2" or "at least 2".
  case wrongDimension(problem: String, required: String, got: Int)
  /// The problem takes no parameter called `name`; `accepted` lists the ones it takes.
  case unknownParameter(problem: String, name: String, accepted: [String])
  /// The parameter's value is outside its domain; `requirement` reads "≥ 1".
  case invalidParameter(problem: String, name: String, value: Double, requirement: String)

  public var description: String {
    switch self {
    case .unknownProblem(let name, let known):
      return "unknown problem '\(name)' (known: \(known.joined(separator: ", ")))"
    case .wrongDimension(let problem, let required, let got):
      let plural = required == "1" || required.hasSuffix(" 1") ? "" : "s"
      return "\(problem) takes \(required) dimension\(plural), got \(got)"
    case .unknownParameter(let problem, let name, let accepted):
      let takes = accepted.isEmpty ? "it takes none" : "it takes: \(accepted.joined(separator: ", "))"
      return "\(problem) takes no parameter '\(name)' (\(takes))"
    case .invalidParameter(let problem, let name, let value, let requirement):
      return "\(problem) needs \(name) \(requirement), got \(Self.format(value))"
    }
  }

  private static func format(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return "\(value)"
  }
}
