/// How close a student's number must be to the reference's:
///
/// ```
/// |got − expected| ≤ atol + rtol · |expected|
/// ```
///
/// as numpy's `allclose` writes it. A NaN never passes; an infinity passes
/// only against the same infinity.
public struct Tolerance: Sendable, Hashable {
  /// rtol: the tolerance relative to the expected value's magnitude, ≥ 0.
  public var relative: Double
  /// atol: the absolute tolerance, ≥ 0, for expected values near zero.
  public var absolute: Double

  /// rtol 1e-6, atol 1e-10: the default when a rubric names none.
  public static let standard = Tolerance(relative: 1e-6, absolute: 1e-10)

  /// Creates a tolerance.
  public init(relative: Double, absolute: Double) {
    self.relative = relative
    self.absolute = absolute
  }

  /// Whether `got` is close enough to `expected`.
  public func accepts(_ got: Double, expected: Double) -> Bool {
    if got.isNaN || expected.isNaN { return false }
    if got.isInfinite || expected.isInfinite { return false }
    return abs(got - expected) <= absolute + relative * abs(expected)
  }

  /// |got − expected| / |expected|, or the absolute difference when the
  /// expected value is zero; infinity when either is not finite.
  public static func relativeError(_ got: Double, expected: Double) -> Double {
    guard got.isFinite, expected.isFinite else { return .infinity }
    let difference = abs(got - expected)
    return expected == 0 ? difference : difference / abs(expected)
  }
}
