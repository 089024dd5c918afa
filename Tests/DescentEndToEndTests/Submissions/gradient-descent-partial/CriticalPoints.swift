import DescentContract

/// The second-derivative test: the kind of critical point a symmetric
/// Hessian describes, from the signs of its eigenvalues λ, with
/// τ = 1e-9 · max(1, maxᵢ |λᵢ|) the size below which λ counts as zero.
func classifyCriticalPoint(_ hessian: Matrix) throws -> CriticalPoint {
  // TODO: SymmetricEigendecomposition(hessian).values gives the eigenvalues.
  throw NotImplemented()
}
