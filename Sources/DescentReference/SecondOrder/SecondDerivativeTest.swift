import DescentCore

/// The second-derivative test: what kind of critical point a Hessian
/// describes, from the signs of its eigenvalues.
///
/// ```
/// all λ > τ                    → minimum
/// all λ < −τ                   → maximum
/// some λ > τ and some λ < −τ   → saddle
/// otherwise (some |λ| ≤ τ)     → degenerate
/// ```
///
/// with τ = 1e-9 · max(1, maxᵢ |λᵢ|): an eigenvalue that small cannot be
/// told from zero, and the test says nothing.
public enum SecondDerivativeTest {
  /// The kind of critical point whose Hessian is `hessian` (its symmetric
  /// part ½(H + Hᵀ) is used); degenerate when the matrix is empty, not
  /// square, or not finite.
  public static func classify(hessian: Matrix) -> CriticalPoint {
    guard hessian.rows > 0, hessian.scalars.allSatisfy(\.isFinite),
      let values = try? SymmetricEigendecomposition(hessian).values
    else { return .degenerate }
    return classify(eigenvalues: values)
  }

  /// The kind of critical point whose Hessian has eigenvalues `eigenvalues`.
  public static func classify(eigenvalues: [Double]) -> CriticalPoint {
    guard !eigenvalues.isEmpty, eigenvalues.allSatisfy(\.isFinite) else { return .degenerate }
    let tolerance = zeroTolerance(eigenvalues)
    let positive = eigenvalues.contains { $0 > tolerance }
    let negative = eigenvalues.contains { $0 < -tolerance }
    if positive && negative { return .saddle }
    if eigenvalues.contains(where: { abs($0) <= tolerance }) { return .degenerate }
    return positive ? .minimum : .maximum
  }

  /// τ: the magnitude below which an eigenvalue counts as zero.
  public static func zeroTolerance(_ eigenvalues: [Double]) -> Double {
    1e-9 * max(1, eigenvalues.map(abs).max() ?? 0)
  }
}
