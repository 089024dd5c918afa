/// The law a matrix of initial weights should follow, and the statistical
/// test a sample of it must pass.
///
/// With N draws of a law centered on 0 with standard deviation σ, each
/// statistic must lie within ``deviations`` standard errors of its
/// expectation: the mean within z·σ/√N; the variance within z·σ²·√(2/N)
/// (normal) or z·σ²·√(0.8/N) (uniform: its fourth moment is 9σ⁴/5); for a
/// uniform law every draw within the bound √3·σ, and for a normal law the
/// kurtosis within 3 ± z·√(24/N), which tells it from a uniform law of the
/// same σ (kurtosis 1.8). At z = 5 a correct sampler fails one statistic
/// with probability below 10⁻⁵.
public struct DrawLaw: Codable, Sendable, Equatable {
  /// `uniform` or `normal`.
  public var distribution: String
  /// σ.
  public var standardDeviation: Double

  /// Standard errors a statistic may stray.
  static let deviations = 5.0

  /// Creates the law.
  public init(distribution: String, standardDeviation: Double) {
    self.distribution = distribution
    self.standardDeviation = standardDeviation
  }

  /// The law in words: "U(−0.3464, 0.3464)" or "N(0, 0.2²)".
  var text: String {
    let sigma = standardDeviation
    if distribution == "uniform" {
      let bound = ComparisonText.value(3.0.squareRoot() * sigma)
      return "U(−\(bound), \(bound))"
    }
    return "N(0, \(ComparisonText.value(sigma))²)"
  }

  /// Why `sample` does not look like draws of this law, one line per
  /// failed statistic; empty when it does.
  func rejections(of sample: SampleMoments) -> [String] {
    let n = Double(sample.count)
    let sigma = standardDeviation
    let z = Self.deviations
    var lines: [String] = []
    let meanSlack = z * sigma / n.squareRoot()
    if !(abs(sample.mean) <= meanSlack) {
      lines.append("mean \(ComparisonText.value(sample.mean)), expected 0 ± \(ComparisonText.value(meanSlack))")
    }
    let variance = sigma * sigma
    let varianceSlack = z * variance * ((distribution == "uniform" ? 0.8 : 2) / n).squareRoot()
    if !(abs(sample.variance - variance) <= varianceSlack) {
      lines.append(
        "standard deviation \(ComparisonText.value(sample.variance.squareRoot())), expected"
          + " \(ComparisonText.value(sigma)) (variance \(ComparisonText.value(variance)) ±"
          + " \(ComparisonText.value(varianceSlack)))")
    }
    if distribution == "uniform" {
      let bound = 3.0.squareRoot() * sigma
      if !(sample.largestMagnitude <= bound * (1 + 1e-12)) {
        lines.append(
          "a draw of \(ComparisonText.value(sample.largestMagnitude)) lies outside [−b, b], b ="
            + " \(ComparisonText.value(bound))")
      }
    } else {
      let kurtosisSlack = z * (24 / n).squareRoot()
      if !(abs(sample.kurtosis - 3) <= kurtosisSlack) {
        lines.append(
          "kurtosis \(ComparisonText.value(sample.kurtosis)), expected 3 ± \(ComparisonText.value(kurtosisSlack))"
            + " for normal draws (a uniform law has 1.8)")
      }
    }
    return lines
  }
}

/// The statistics of a sample of weights, in one pass over it.
struct SampleMoments {
  var count: Int
  var mean: Double
  /// Σ(w − mean)² / N.
  var variance: Double
  /// Σ(w − mean)⁴ / N divided by the variance squared.
  var kurtosis: Double
  /// max |w|.
  var largestMagnitude: Double

  init(_ values: [Double]) {
    count = values.count
    let n = Double(max(1, values.count))
    mean = values.reduce(0, +) / n
    var second = 0.0
    var fourth = 0.0
    var largest = 0.0
    for value in values {
      let centered = value - mean
      second += centered * centered
      fourth += centered * centered * centered * centered
      largest = max(largest, abs(value))
    }
    variance = second / n
    kurtosis = variance > 0 ? (fourth / n) / (variance * variance) : .nan
    largestMagnitude = largest
  }
}
