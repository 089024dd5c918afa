/// Names one test problem and its size, as a rubric or the command line does:
/// `{name: quadratic, dimension: 10, parameters: {condition: 100}}`.
///
/// ``TestProblems/objective(for:)`` turns it into an ``Objective``; the engine
/// and the student's process build the same function from the same
/// specification.
public struct ProblemSpecification: Codable, Hashable, Sendable {
  /// The problem's name: `rosenbrock`, `quadratic`, `saddle`, `beale`, `booth`,
  /// `square` (f(x) = x²), `paraboloid` (f(x, y) = x² + y²).
  public var name: String
  /// The number of parameters n.
  public var dimension: Int
  /// Named numeric parameters, e.g. `condition` (κ) for `quadratic`.
  public var parameters: [String: Double]

  /// Creates a specification.
  public init(name: String, dimension: Int, parameters: [String: Double] = [:]) {
    self.name = name
    self.dimension = dimension
    self.parameters = parameters
  }
}
