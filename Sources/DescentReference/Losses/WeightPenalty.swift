import DescentCore

/// The regularization term added to a data loss, and its gradient:
///
/// ```
/// L2:  R(W) = λ·Σᵢⱼ W[i, j]²      ∂R/∂W = 2λ·W
/// L1:  R(W) = λ·Σᵢⱼ |W[i, j]|     ∂R/∂W = λ·sign(W)   (sign(0) = 0, as torch's abs)
/// ```
///
/// The course writes L = (1/N)·Σᵢ Lᵢ + λ·R(W) with the L2 term unhalved, so the
/// gradient carries the factor 2 (CS231n's `reg * np.sum(W * W)`).
public struct WeightPenalty: Sendable, Hashable {
  /// Which norm is penalized.
  public enum Kind: String, Sendable, Hashable {
    /// λ·ΣW².
    case l2
    /// λ·Σ|W|.
    case l1
  }

  /// The norm.
  public var kind: Kind
  /// λ ≥ 0.
  public var strength: Double

  /// Creates a penalty.
  public init(kind: Kind, strength: Double) {
    self.kind = kind
    self.strength = strength
  }

  /// λ·ΣW², the course's default.
  public static func l2(_ strength: Double) -> WeightPenalty { WeightPenalty(kind: .l2, strength: strength) }
  /// λ·Σ|W|.
  public static func l1(_ strength: Double) -> WeightPenalty { WeightPenalty(kind: .l1, strength: strength) }

  /// R(W) scaled by λ.
  public func value(_ weights: Matrix) -> Double {
    switch kind {
    case .l2: return strength * weights.sumOfSquares
    case .l1:
      var sum = 0.0
      for w in weights.scalars { sum += abs(w) }
      return strength * sum
    }
  }

  /// λ·∂R/∂W, of W's shape.
  public func gradient(_ weights: Matrix) -> Matrix {
    switch kind {
    case .l2: return weights * (2 * strength)
    case .l1: return weights.map { w in w > 0 ? strength : (w < 0 ? -strength : 0) }
    }
  }

  /// Adds λ·∂R/∂W to `gradient` (W's shape, checked by the caller).
  func accumulateGradient(_ weights: Matrix, into gradient: inout Matrix) {
    guard strength != 0 else { return }
    for i in 0..<weights.rows {
      for j in 0..<weights.columns {
        let w = weights[i, j]
        switch kind {
        case .l2: gradient[i, j] += 2 * strength * w
        case .l1: gradient[i, j] += w > 0 ? strength : (w < 0 ? -strength : 0)
        }
      }
    }
  }

  /// Throws when λ is negative or not finite.
  func validate() throws(LossError) {
    guard strength.isFinite, strength >= 0 else { throw .invalidRegularization(strength) }
  }
}
