import DescentReports
import DescentWire
import DescentCore

/// The reference's side of a convergence check.
public struct ConvergenceExpectation: Codable, Sendable, Equatable {
  /// The optimizer's catalog name.
  public var optimizer: String
  /// The test problem, whose loss the self-check measures itself.
  public var problem: ProblemSpecification
  /// The dimension of every point.
  public var dimension: Int
  /// The step budget.
  public var maxSteps: Int
  /// `loss` (f(x) below the bound), `distance` (to the nearest minimizer
  /// below it), `divergence` (f(x) above it, or not finite) or
  /// `oscillation` (f(x) within a factor of the bound of f(x₀), every step
  /// turning back).
  public var measure: Measure
  /// The bound to fall below.
  public var bound: Double
  /// The known minimizers, for the distance measure.
  public var minimizers: [[Double]]

  /// What is measured at each point.
  public enum Measure: String, Codable, Sendable {
    /// f(x).
    case loss
    /// The distance to the nearest known minimizer.
    case distance
    /// f(x), which must rise above the bound (or stop being finite).
    case divergence
    /// f(x), which must stay within a factor `bound` of f(x₀) while each
    /// step reverses the previous one.
    case oscillation
  }

  /// Creates the expectation.
  public init(
    optimizer: String, problem: ProblemSpecification, dimension: Int, maxSteps: Int, measure: Measure, bound: Double,
    minimizers: [[Double]]
  ) {
    self.optimizer = optimizer
    self.problem = problem
    self.dimension = dimension
    self.maxSteps = maxSteps
    self.measure = measure
    self.bound = bound
    self.minimizers = minimizers
  }
}

extension ConvergenceExpectation: CheckExpectation {
  public static let kind = "convergence"

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    ConvergenceJudge(expectation: self).verdict(from: results)
  }

  public func figures(tasks: [HarnessTask], results: [HarnessResult], verdict: Verdict) -> [Figure] {
    guard case .trajectory(let points, _)? = results.first else { return [] }
    return ConvergenceFigures(expectation: self, student: points).figures
  }
}

extension ItemExpectation {
  /// A convergence item's expectation.
  public static func convergence(_ expectation: ConvergenceExpectation) -> Self { Self(expectation) }
}
