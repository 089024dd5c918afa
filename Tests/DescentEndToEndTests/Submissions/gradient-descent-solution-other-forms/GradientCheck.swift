import DescentContract

/// CS231n's rel_error: the largest |aᵢ − nᵢ| / max(|aᵢ|, |nᵢ|) over the coordinates.
func gradientCheck(
  _ f: ([Double]) -> Double, _ gradient: ([Double]) -> [Double], at x: [Double], step h: Double
) throws -> Double {
  let analytic = gradient(x)
  let numeric = try centeredDifference(f, at: x, step: h)
  return zip(analytic, numeric).map { a, n in abs(a - n) / max(abs(a), abs(n), 1e-300) }.max() ?? 0
}
