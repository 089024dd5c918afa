/// How close a computed number must be to an expected one, as numpy's
/// `allclose` writes it:
///
/// ```
/// |got − expected| ≤ atol + rtol · |expected|
/// ```
///
/// A NaN never passes; an infinity never passes either (a diverged run is
/// not a match, even against a diverged reference). Operates on numbers
/// only: the engine and the student kit's self-check both judge with it.
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
