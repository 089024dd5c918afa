import Foundation

/// Clipping by norm: when the gradient's norm exceeds a threshold, scale the
/// whole gradient down to that norm, keeping its direction (the Deep
/// Learning book, §10.11.1).
///
/// ```
/// ‖g‖ = (Σ|gᵢ|ᵖ)^(1/p)          (p = norm_type: 2, 1, or ∞ for maxᵢ|gᵢ|)
/// c = max_norm / (‖g‖ + 10⁻⁶)
/// g ← g · min(c, 1)
/// ```
///
/// torch.nn.utils.clip_grad_norm_(params, max_norm, norm_type) with all
/// parameters in one vector, including its 10⁻⁶ in the denominator (so a
/// clipped gradient's norm is a hair below max_norm) and its habit of
/// always multiplying (by 1 when no clipping is needed). A gradient with a
/// NaN or infinite entry gives a NaN or infinite norm, and NaNs, as torch's
/// does with `error_if_nonfinite=False`.
public struct GradientNormClipping: GradientClipping, Hashable {
  /// torch's 10⁻⁶ added to the norm before dividing.
  public static let epsilon = 1e-6

  /// max_norm: the largest norm let through.
  public let maxNorm: Double
  /// norm_type p: 2 (the default), 1, any p > 0, or `.infinity`.
  public let normType: Double

  /// Clipping to norm `maxNorm` in the p-norm `normType`.
  ///
  /// - Throws: ``ClippingError`` unless `maxNorm` is finite and ≥ 0 and
  ///   `normType` is > 0 (∞ allowed).
  public init(maxNorm: Double, normType: Double = 2) throws(ClippingError) {
    guard maxNorm.isFinite, maxNorm >= 0 else {
      throw ClippingError(message: "max_norm must be a finite number ≥ 0, got \(maxNorm)")
    }
    guard normType > 0, !normType.isNaN else {
      throw ClippingError(message: "norm_type must be > 0 (or inf), got \(normType)")
    }
    self.maxNorm = maxNorm
    self.normType = normType
  }

  /// ‖g‖ₚ, torch's `total_norm`.
  public func norm(of gradient: [Double]) -> Double {
    if normType == .infinity { return gradient.reduce(0) { max($0, abs($1)) } }
    if normType == 2 { return gradient.reduce(0) { $0 + $1 * $1 }.squareRoot() }
    if normType == 1 { return gradient.reduce(0) { $0 + abs($1) } }
    return pow(gradient.reduce(0.0) { $0 + pow(abs($1), normType) }, 1 / normType)
  }

  /// g · min(max_norm / (‖g‖ + 10⁻⁶), 1), and ‖g‖ (before clipping).
  public func clipWithNorm(_ gradient: [Double]) -> (gradient: [Double], totalNorm: Double) {
    let total = norm(of: gradient)
    let coefficient = min(maxNorm / (total + Self.epsilon), 1)
    return (gradient.map { $0 * coefficient }, total)
  }

  /// g · min(max_norm / (‖g‖ + 10⁻⁶), 1).
  public func clip(_ gradient: [Double]) -> [Double] { clipWithNorm(gradient).gradient }
}
