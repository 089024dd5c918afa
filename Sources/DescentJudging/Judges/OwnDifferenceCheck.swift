/// The lecture's gradient check run on the student's own loss: each probed
/// derivative they returned against the centered difference
/// (L(θ + h·e) − L(θ − h·e)) / 2h of the loss they wrote, shared by the
/// linear-classifier and network losses.
enum OwnDifferenceCheck {
  /// A line per probed entry whose relative error
  /// |a − n| / max(|a| + |n|, 1e-300) exceeds `threshold`: `analytic[k]` is
  /// the student's derivative at probe k, named `names[k]` ("dW[2, 1]"), and
  /// `probeLosses` holds L at θ + h·e and θ − h·e for each probe in turn.
  static func disagreements(
    analytic: [Double], names: [String], probeLosses: [Double], step: Double, threshold: Double
  ) -> [String] {
    guard probeLosses.count == 2 * analytic.count else {
      return analytic.isEmpty
        ? [] : ["your loss returned \(probeLosses.count) values for \(2 * analytic.count) evaluations"]
    }
    var lines: [String] = []
    for (k, derivative) in analytic.enumerated() {
      let numeric = (probeLosses[2 * k] - probeLosses[2 * k + 1]) / (2 * step)
      let error = abs(derivative - numeric) / max(abs(derivative) + abs(numeric), 1e-300)
      guard !(error <= threshold) else { continue }
      lines.append(
        "\(names[k]) = \(ComparisonText.value(derivative)), but your loss's centered difference gives"
          + " \(ComparisonText.value(numeric)) (relative error \(ComparisonText.scientific(error)),"
          + " allowed \(ComparisonText.scientific(threshold)))")
    }
    return lines
  }
}
