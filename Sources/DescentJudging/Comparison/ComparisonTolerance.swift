/// How close a computed number must be to an expected one, as numpy's
/// `allclose` writes it:
///
/// ```
/// |got − expected| ≤ atol + rtol · |expected|
/// ```
///
/// Non-finite values agree only with the same non-finite value: NaN with
/// NaN, +inf with +inf, −inf with −inf (a run that blows up where the
/// reference's blows up, as gradient descent on x² with η = 1000 does, is a
/// match). Operates on numbers only: the engine and the student kit's
/// self-check both judge with it.
public struct ComparisonTolerance: Codable, Hashable, Sendable {
  /// rtol: the tolerance relative to the expected value's magnitude, ≥ 0.
  public var relative: Double
  /// atol: the absolute tolerance, ≥ 0, for expected values near zero.
  public var absolute: Double

  /// rtol 1e-6, atol 1e-10: the default when a rubric names none.
  public static let standard = ComparisonTolerance(relative: 1e-6, absolute: 1e-10)

  /// Creates a tolerance.
  public init(relative: Double, absolute: Double) {
    self.relative = relative
    self.absolute = absolute
  }

  /// Whether `got` is close enough to `expected`.
  public func accepts(_ got: Double, expected: Double) -> Bool {
    guard got.isFinite, expected.isFinite else { return Self.sameNonFinite(got, expected) }
    return abs(got - expected) <= absolute + relative * abs(expected)
  }

  /// Whether `a` and `b` are the same non-finite value: both NaN, or
  /// infinities of the same sign.
  public static func sameNonFinite(_ a: Double, _ b: Double) -> Bool {
    (a.isNaN && b.isNaN) || (a.isInfinite && b.isInfinite && a.sign == b.sign)
  }

  /// |got − expected| / |expected|, or the absolute difference when the
  /// expected value is zero; 0 for the same non-finite value, infinity when
  /// only one is finite or they are different non-finite values.
  public static func relativeError(_ got: Double, expected: Double) -> Double {
    guard got.isFinite, expected.isFinite else { return sameNonFinite(got, expected) ? 0 : .infinity }
    let difference = abs(got - expected)
    return expected == 0 ? difference : difference / abs(expected)
  }
}
