/// The arithmetic of a gradient check, on numbers only: relative errors
/// between gradients, directional derivatives and central differences.
public enum GradientAgreement {
  /// ‖a − b‖ / max(‖a‖, ‖b‖) over the finite entries: 0 when both vanish;
  /// infinity for a length mismatch or a non-finite entry that the other
  /// side does not share (entries that are the same NaN or infinity on both
  /// sides agree, as in every comparison).
  public static func relativeError(_ a: [Double], _ b: [Double]) -> Double {
    guard a.count == b.count else { return .infinity }
    var difference = 0.0
    var normA = 0.0
    var normB = 0.0
    for index in a.indices {
      guard a[index].isFinite, b[index].isFinite else {
        if ComparisonTolerance.sameNonFinite(a[index], b[index]) { continue }
        return .infinity
      }
      difference += (a[index] - b[index]) * (a[index] - b[index])
      normA += a[index] * a[index]
      normB += b[index] * b[index]
    }
    let scale = max(normA, normB).squareRoot()
    return scale > 0 ? difference.squareRoot() / scale : 0
  }

  /// ∇f·v: the derivative along `direction` that `gradient` predicts; NaN
  /// when the lengths differ.
  public static func directionalDerivative(_ gradient: [Double], along direction: [Double]) -> Double {
    guard gradient.count == direction.count else { return .nan }
    var sum = 0.0
    for index in gradient.indices { sum += gradient[index] * direction[index] }
    return sum
  }

  /// (f(x + h·v) − f(x − h·v)) / 2h: the central-difference derivative along v.
  public static func centralDifference(forward: Double, backward: Double, step: Double) -> Double {
    (forward - backward) / (2 * step)
  }

  /// "correct" within the threshold, "wrong" beyond it.
  public static func words(_ error: Double, threshold: Double) -> String {
    error <= threshold ? "correct" : "wrong"
  }
}
