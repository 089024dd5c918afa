/// The constants of a line search, as the rubric sets them for an item.
public struct LineSearchSettings: Codable, Sendable, Hashable {
  /// α₀, the first step tried.
  public var initialStep: Double
  /// c₁, the sufficient-decrease (Armijo) constant.
  public var sufficientDecrease: Double
  /// c₂, the curvature constant of the strong Wolfe conditions (unused by backtracking).
  public var curvature: Double
  /// ρ, the factor backtracking multiplies a rejected step by (unused by a strong-Wolfe search).
  public var contraction: Double
  /// The most evaluations of f (a strong-Wolfe search: of f and ∇f) before giving up.
  public var maximumEvaluations: Int

  /// Creates the settings.
  public init(
    initialStep: Double, sufficientDecrease: Double, curvature: Double, contraction: Double, maximumEvaluations: Int
  ) {
    self.initialStep = initialStep
    self.sufficientDecrease = sufficientDecrease
    self.curvature = curvature
    self.contraction = contraction
    self.maximumEvaluations = maximumEvaluations
  }
}
