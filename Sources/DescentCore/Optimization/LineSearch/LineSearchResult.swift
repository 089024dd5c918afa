/// The record of one accepted line-search step: where the search started,
/// the direction, the step α it accepted, and f and ∇f there.
///
/// What ``LineSearch/step(from:value:gradient:direction:initialStep:)``
/// returns, and what the reference's BFGS, L-BFGS and CG keep as their
/// `lastLineSearch`, so that tests can check every accepted step against the
/// strong Wolfe conditions independently.
public struct LineSearchResult: Sendable, Hashable {
  /// The point x the search started from.
  public var start: [Double]
  /// The search direction p.
  public var direction: [Double]
  /// φ(0) = f(x).
  public var initialValue: Double
  /// φ′(0) = ∇f(x)ᵀp, negative.
  public var initialSlope: Double
  /// The accepted step length α.
  public var step: Double
  /// x + αp, as the search computed it.
  public var point: [Double]
  /// φ(α) = f(x + αp).
  public var value: Double
  /// ∇f(x + αp).
  public var gradient: [Double]
  /// φ′(α) = ∇f(x + αp)ᵀp.
  public var slope: Double
  /// How many trial points the search evaluated (f and ∇f each).
  public var evaluations: Int
  /// The c₁ the step was accepted with.
  public var sufficientDecrease: Double
  /// The c₂ the step was accepted with.
  public var curvature: Double

  /// Creates a record.
  public init(
    start: [Double], direction: [Double], initialValue: Double, initialSlope: Double, step: Double,
    point: [Double], value: Double, gradient: [Double], slope: Double, evaluations: Int,
    sufficientDecrease: Double, curvature: Double
  ) {
    self.start = start
    self.direction = direction
    self.initialValue = initialValue
    self.initialSlope = initialSlope
    self.step = step
    self.point = point
    self.value = value
    self.gradient = gradient
    self.slope = slope
    self.evaluations = evaluations
    self.sufficientDecrease = sufficientDecrease
    self.curvature = curvature
  }
}
