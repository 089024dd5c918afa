import DescentCore

/// Random search in the lecture's form: sample fresh weights each try, keep
/// the best.
///
/// ```
/// best_loss = ∞
/// for try in 1…tries:
///   W = scale · z,   z ~ N(0, I)   (generator.nextNormal(), one per coordinate, in order)
///   if f(W) < best_loss: best_loss = f(W); best_W = W
/// ```
///
/// A tie keeps the earlier sample. The draws come from the
/// ``SeededGenerator`` handed in, so the grader and a student's routine
/// given the same seed draw the same weights. Not to be confused with
/// ``RandomSearch``, the lecture's random *local* search.
public enum RandomSampling {
  /// The best of `tries` samples of `dimension` coordinates, and its loss;
  /// nil when `tries` or `dimension` is not positive.
  public static func best(
    of f: ([Double]) -> Double, dimension: Int, tries: Int, scale: Double, generator: inout SeededGenerator
  ) -> (point: [Double], value: Double)? {
    guard tries > 0, dimension > 0 else { return nil }
    var best: (point: [Double], value: Double)? = nil
    for _ in 0..<tries {
      let weights = sample(dimension: dimension, scale: scale, generator: &generator)
      let value = f(weights)
      if best.map({ value < $0.value }) ?? true { best = (weights, value) }
    }
    return best
  }

  /// One sample: `scale × generator.nextNormal()` per coordinate, in order.
  public static func sample(dimension: Int, scale: Double, generator: inout SeededGenerator) -> [Double] {
    (0..<dimension).map { _ in scale * generator.nextNormal() }
  }
}
