import DescentContract

/// Forward differences, one coordinate at a time:
///
/// ```
/// ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x)) / h
/// ```
func forwardDifference(_ f: ([Double]) -> Double, at x: [Double], step h: Double) throws -> [Double] {
  // TODO: one derivative per coordinate of x, moving xᵢ alone by h.
  throw NotImplemented()
}

/// Centered differences, one coordinate at a time:
///
/// ```
/// ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h
/// ```
func centeredDifference(_ f: ([Double]) -> Double, at x: [Double], step h: Double) throws -> [Double] {
  // TODO: one derivative per coordinate of x, evaluating f on both sides of xᵢ.
  throw NotImplemented()
}
