import DescentCore

/// Backtracking line search: the first step of α₀, ρα₀, ρ²α₀, … that meets
/// the Armijo (sufficient-decrease) condition, as the lecture writes it
/// (Nocedal & Wright Algorithm 3.1):
///
/// ```
/// α ← α₀
/// while f(x + αp) > f(x) + c₁ α ∇f(x)ᵀp:   α ← ρα
/// return α
/// ```
///
/// Deterministic given f, x, p, α₀, ρ and c₁, so a student's search is
/// graded by its step, which must be exactly this one: a longer step of the
/// sequence fails the condition, a shorter one backtracked too far. The step
/// is formed by multiplying by ρ once per rejection, in that order.
public struct BacktrackingLineSearch: Sendable, Hashable {
  /// c₁, the sufficient-decrease constant, in (0, 1).
  public var sufficientDecrease: Double
  /// ρ, the factor each rejected step is multiplied by, in (0, 1).
  public var contraction: Double
  /// The most evaluations of f before the search gives up.
  public var maximumEvaluations: Int

  /// Creates a search with constants c₁ and ρ and a budget of evaluations.
  public init(sufficientDecrease: Double = 1e-4, contraction: Double = 0.5, maximumEvaluations: Int = 60) {
    self.sufficientDecrease = sufficientDecrease
    self.contraction = contraction
    self.maximumEvaluations = maximumEvaluations
  }

  /// The accepted step from `point` along `direction`, starting at
  /// `initialStep`; nil when no step of the sequence within the budget
  /// meets the condition (the direction does not lead downhill, or the
  /// budget is too small).
  public func step(
    on f: ([Double]) -> Double, gradient: [Double], from point: [Double], direction: [Double], initialStep: Double
  ) -> Double? {
    let value = f(point)
    let slope = SecondOrderMath.dot(gradient, direction)
    var step = initialStep
    for _ in 0..<maximumEvaluations {
      let trial = f(Self.point(point, plus: step, along: direction))
      if trial <= value + sufficientDecrease * step * slope { return step }
      step *= contraction
    }
    return nil
  }

  /// x + αp.
  static func point(_ x: [Double], plus step: Double, along direction: [Double]) -> [Double] {
    var moved = x
    for i in moved.indices { moved[i] += step * direction[i] }
    return moved
  }
}
