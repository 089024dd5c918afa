import DescentContract

/// The gradient check: the relative error between the analytic gradient a
/// and the centered-difference gradient n,
///
/// ```
/// relative error = maxᵢ |aᵢ − nᵢ| / max( maxᵢ (|aᵢ| + |nᵢ|), 1e-300 )
/// ```
///
/// ≤ 1e-7: the gradient is right; above 1e-2: it is wrong.
func gradientCheck(
  _ f: ([Double]) -> Double, _ gradient: ([Double]) -> [Double], at x: [Double], step h: Double
) throws -> Double {
  // TODO: compare gradient(x) with your centeredDifference(f, at: x, step: h).
  throw NotImplemented()
}
