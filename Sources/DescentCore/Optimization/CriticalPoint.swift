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
///
/// Core holds only the kinds, which a student's second-derivative test
/// returns (`CriticalPointTest`); the test itself is the reference's
/// (`SecondDerivativeTest`), out of a student's reach.
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
}
