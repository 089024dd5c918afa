/// What kind of critical point a Hessian describes, from the signs of its
/// eigenvalues (the second-derivative test).
///
/// | eigenvalues λ of ∇²f            | kind         |
/// |---------------------------------|--------------|
/// | all λ > τ                       | `minimum`    |
/// | all λ < −τ                      | `maximum`    |
/// | some λ > τ and some λ < −τ      | `saddle`     |
/// | otherwise (some \|λ\| ≤ τ)      | `degenerate` |
///
/// with τ = 1e-9 · max(1, maxᵢ |λᵢ|): an eigenvalue that small cannot be told
/// from zero, and the test says nothing.
public enum CriticalPoint: String, Sendable, Hashable, CaseIterable {
  /// A strict local minimum: ∇²f is positive definite.
  case minimum
  /// A strict local maximum: ∇²f is negative definite.
  case maximum
  /// A saddle point: ∇²f has eigenvalues of both signs.
  case saddle
  /// The second-derivative test is inconclusive: an eigenvalue is (near) zero,
  /// the matrix is empty, not square, or not finite.
  case degenerate

  /// The kind of critical point whose Hessian is `hessian` (its symmetric
  /// part ½(H + Hᵀ) is used).
  public static func classify(hessian: Matrix) -> CriticalPoint {
    guard hessian.rows > 0, hessian.scalars.allSatisfy(\.isFinite),
      let values = try? SymmetricEigendecomposition(hessian).values
    else { return .degenerate }
    return classify(eigenvalues: values)
  }

  /// The kind of critical point whose Hessian has eigenvalues `eigenvalues`.
  public static func classify(eigenvalues: [Double]) -> CriticalPoint {
    guard !eigenvalues.isEmpty, eigenvalues.allSatisfy(\.isFinite) else { return .degenerate }
    let tolerance = 1e-9 * max(1, eigenvalues.map(abs).max() ?? 0)
    let positive = eigenvalues.contains { $0 > tolerance }
    let negative = eigenvalues.contains { $0 < -tolerance }
    if positive && negative { return .saddle }
    if eigenvalues.contains(where: { abs($0) <= tolerance }) { return .degenerate }
    return positive ? .minimum : .maximum
  }
}
