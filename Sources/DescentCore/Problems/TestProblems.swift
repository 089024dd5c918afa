/// The course's test problems by name: the one place a
/// ``ProblemSpecification`` becomes an ``Objective``, used alike by the
/// engine, the reference and the harness in the student's process.
///
/// | name         | dimension | parameters                  | minimizer        |
/// |--------------|-----------|-----------------------------|------------------|
/// | `beale`      | 2         |                             | (3, 0.5)         |
/// | `booth`      | 2         |                             | (1, 3)           |
/// | `paraboloid` | 2         |                             | (0, 0)           |
/// | `quadratic`  | ≥ 1       | `condition` κ ≥ 1 (def. 10) | 0                |
/// | `rosenbrock` | ≥ 2       |                             | (1, …, 1)        |
/// | `saddle`     | 2         |                             | none (saddle 0)  |
/// | `square`     | 1         |                             | 0                |
public enum TestProblems {
  /// The names of every test problem, sorted.
  public static var names: [String] { entries.map(\.name) }

  /// The objective `specification` names.
  ///
  /// - Throws: ``ProblemError`` for an unknown name, a dimension the problem
  ///   does not take, an unknown parameter or a parameter out of range.
  public static func objective(for specification: ProblemSpecification) throws(ProblemError) -> any Objective {
    try problem(for: specification)
  }

  /// The test problem `specification` names, with its known minimizers.
  ///
  /// - Throws: ``ProblemError`` as ``objective(for:)`` does.
  public static func problem(for specification: ProblemSpecification) throws(ProblemError) -> any TestProblem {
    guard let entry = entries.first(where: { $0.name == specification.name }) else {
      throw .unknownProblem(name: specification.name, known: names)
    }
    let dimension = specification.dimension
    let fits = entry.exactDimension.map { dimension == $0 } ?? (dimension >= entry.minimumDimension)
    guard fits else {
      let required = entry.exactDimension.map(String.init) ?? "at least \(entry.minimumDimension)"
      throw .wrongDimension(problem: entry.name, required: required, got: dimension)
    }
    let accepted = entry.parameters.map(\.name)
    for name in specification.parameters.keys.sorted() where !accepted.contains(name) {
      throw .unknownParameter(problem: entry.name, name: name, accepted: accepted)
    }
    var values: [String: Double] = [:]
    for parameter in entry.parameters {
      let value = specification.parameters[parameter.name] ?? parameter.defaultValue
      guard value.isFinite, value >= parameter.minimum else {
        throw .invalidParameter(
          problem: entry.name, name: parameter.name, value: value, requirement: "≥ \(parameter.minimumText)")
      }
      values[parameter.name] = value
    }
    return entry.make(dimension, values)
  }

  /// The only dimension the problem called `name` takes (2 for `beale`),
  /// or nil when it takes several or there is no such problem.
  public static func fixedDimension(of name: String) -> Int? {
    entries.first { $0.name == name }?.exactDimension
  }

  /// The global minimizers of the problem `specification` names; empty when
  /// it has none or the specification is invalid.
  public static func minimizers(of specification: ProblemSpecification) -> [[Double]] {
    (try? problem(for: specification))?.minimizers ?? []
  }

  /// One numeric parameter a problem takes.
  struct Parameter: Sendable {
    var name: String
    var defaultValue: Double
    var minimum: Double
    var minimumText: String
  }

  /// One row of the table: a name, the dimensions it takes, its parameters
  /// and how to build it.
  struct Entry: Sendable {
    var name: String
    /// The only dimension it takes, or nil when it takes any ≥ ``minimumDimension``.
    var exactDimension: Int?
    var minimumDimension: Int
    var parameters: [Parameter]
    var make: @Sendable (Int, [String: Double]) -> any TestProblem
  }

  static let entries: [Entry] = [
    Entry(name: "beale", exactDimension: 2, minimumDimension: 2, parameters: []) { _, _ in Beale() },
    Entry(name: "booth", exactDimension: 2, minimumDimension: 2, parameters: []) { _, _ in Booth() },
    Entry(name: "paraboloid", exactDimension: 2, minimumDimension: 2, parameters: []) { _, _ in Paraboloid() },
    Entry(
      name: "quadratic", exactDimension: nil, minimumDimension: 1,
      parameters: [Parameter(name: "condition", defaultValue: 10, minimum: 1, minimumText: "1")]
    ) { dimension, values in
      IllConditionedQuadratic(dimension: dimension, condition: values["condition"] ?? 10)
    },
    Entry(name: "rosenbrock", exactDimension: nil, minimumDimension: 2, parameters: []) { dimension, _ in
      Rosenbrock(dimension: dimension)
    },
    Entry(name: "saddle", exactDimension: 2, minimumDimension: 2, parameters: []) { _, _ in Saddle() },
    Entry(name: "square", exactDimension: 1, minimumDimension: 1, parameters: []) { _, _ in Square() },
  ]
}
