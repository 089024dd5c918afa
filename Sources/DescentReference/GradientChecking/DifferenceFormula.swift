/// The lecture's two finite-difference formulas for a gradient, one
/// coordinate at a time:
///
/// ```
/// forward:   ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x)) / h              (error O(h))
/// centered:  ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h       (error O(h²))
/// ```
///
/// The centered one is what a gradient check uses; the forward one costs
/// n + 1 evaluations instead of 2n and is h/2·∂²f/∂xᵢ² off.
public enum DifferenceFormula: String, Sendable, Hashable, CaseIterable, Codable {
  /// (f(x + h·eᵢ) − f(x)) / h.
  case forward
  /// (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h.
  case centered

  /// The numeric gradient of `f` at `x` with step `h` by this formula.
  public func gradient(of f: ([Double]) -> Double, at x: [Double], step h: Double) -> [Double] {
    switch self {
    case .centered:
      return NumericGradient.centered(of: f, at: x, step: h)
    case .forward:
      let base = f(x)
      var point = x
      return x.indices.map { i in
        point[i] = x[i] + h
        defer { point[i] = x[i] }
        return (f(point) - base) / h
      }
    }
  }
}
