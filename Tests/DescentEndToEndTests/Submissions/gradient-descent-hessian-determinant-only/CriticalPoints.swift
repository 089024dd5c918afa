import DescentContract

/// The second-derivative test: the kind of critical point a symmetric
/// Hessian describes, from the signs of its eigenvalues λ, with
/// τ = 1e-9 · max(1, maxᵢ |λᵢ|) the size below which λ counts as zero.
func classifyCriticalPoint(_ hessian: Matrix) throws -> CriticalPoint {
  // The determinant's sign alone.
  let eigenvalues = try SymmetricEigendecomposition(hessian).values
  let tolerance = 1e-9 * max(1, eigenvalues.map { abs($0) }.max() ?? 0)
  if eigenvalues.contains(where: { abs($0) <= tolerance }) { return .degenerate }
  let determinant = eigenvalues.reduce(1, *)
  return determinant > 0 ? .minimum : .saddle
}
