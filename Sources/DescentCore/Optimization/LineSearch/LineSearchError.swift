/// Why a line search could not return a step satisfying the strong Wolfe
/// conditions.
public enum LineSearchError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The constants do not satisfy 0 < c₁ < c₂ < 1.
  case invalidConstants(sufficientDecrease: Double, curvature: Double)
  /// The evaluation budget is below 1.
  case invalidEvaluationBudget(Int)
  /// The first step to try is not positive and finite.
  case invalidInitialStep(Double)
  /// The point, gradient and direction have different lengths.
  case dimensionMismatch(point: Int, gradient: Int, direction: Int)
  /// ∇f(x)ᵀp is not negative (or f(x) is not finite): p does not lead downhill.
  case notDescentDirection(slope: Double)
  /// The budget of evaluations ran out before a step met both conditions;
  /// `progress` tells how far f came down meanwhile.
  case evaluationBudgetExhausted(evaluations: Int, slope: Double, progress: LineSearchProgress)
  /// The bracket shrank below floating-point resolution around `step`.
  case intervalCollapsed(step: Double, evaluations: Int, progress: LineSearchProgress)
  /// The step grew without bound while f kept decreasing.
  case unboundedBelow(evaluations: Int)
  /// A ``LineSearch`` was used after the run it was handed to had ended.
  case leaseEnded

  /// Whether the search failed only because f cannot be lowered beyond its
  /// rounding error from here: no trial value fell below
  /// f(x) − 4ε|f(x)|. The methods treat that as convergence, not failure.
  public var isRoundingStall: Bool {
    switch self {
    case .evaluationBudgetExhausted(_, _, let progress), .intervalCollapsed(_, _, let progress):
      progress.lowestValue >= progress.initialValue - 4 * Double.ulpOfOne * abs(progress.initialValue)
    default: false
    }
  }

  public var description: String {
    switch self {
    case .invalidConstants(let c1, let c2):
      "line search: needs 0 < c1 < c2 < 1, got c1 = \(c1), c2 = \(c2)"
    case .invalidEvaluationBudget(let budget):
      "line search: max_line_search must be at least 1, got \(budget)"
    case .invalidInitialStep(let step):
      "line search: the initial step must be positive and finite, got \(step)"
    case .dimensionMismatch(let point, let gradient, let direction):
      "line search: point has \(point) coordinates, gradient \(gradient), direction \(direction)"
    case .notDescentDirection(let slope):
      "line search: the direction is not a descent direction (∇fᵀp = \(slope), needs < 0)"
    case .evaluationBudgetExhausted(let evaluations, let slope, _):
      "line search: no step met the strong Wolfe conditions within \(evaluations) evaluations (∇fᵀp = \(slope))"
    case .intervalCollapsed(let step, let evaluations, _):
      "line search: the bracket around α = \(step) shrank to rounding error after \(evaluations) evaluations"
    case .unboundedBelow(let evaluations):
      "line search: f kept decreasing as the step grew without bound (\(evaluations) evaluations)"
    case .leaseEnded:
      "line search: used after the run it was handed to had ended; use it only inside that optimizer"
    }
  }
}

/// How far f came down during a line search that failed: f(x) and the lowest
/// finite value among the trial points.
public struct LineSearchProgress: Equatable, Sendable {
  /// f(x), where the search started.
  public var initialValue: Double
  /// The lowest finite f among the trial points (f(x) when none was lower).
  public var lowestValue: Double

  /// Creates a progress record.
  public init(initialValue: Double, lowestValue: Double) {
    self.initialValue = initialValue
    self.lowestValue = lowestValue
  }
}
