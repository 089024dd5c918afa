import DescentTestSupport

/// Where two runs first part, for a failure message that names the case,
/// the step and the coordinate.
struct TrajectoryMismatch: CustomStringConvertible {
  var label: String
  var step: Int
  var coordinate: Int?
  var expected: Double
  var got: Double

  var description: String {
    let what = coordinate.map { "x[\($0)]" } ?? "loss"
    return "\(label): step \(step), \(what): expected \(expected), got \(got) "
      + "(relative difference \(abs(expected - got) / max(abs(expected), abs(got))))"
  }

  /// The first disagreement of `got` (every point, every loss) with
  /// `expected` (every `stride`-th point, every loss) beyond relative
  /// `rtol` and absolute `atol`; nil when they agree. A count mismatch is
  /// reported at the first missing step.
  static func first(
    label: String, expectedPoints: [[Double]], stride: Int, expectedLosses: [Double], gotPoints: [[Double]],
    gotLosses: [Double], rtol: Double = 1e-9, atol: Double = 1e-12
  ) -> TrajectoryMismatch? {
    for (index, expected) in expectedPoints.enumerated() {
      let step = index * stride
      guard step < gotPoints.count, gotPoints[step].count == expected.count else {
        return TrajectoryMismatch(
          label: label + " (missing or wrong-sized point)", step: step, coordinate: nil,
          expected: Double(expected.count), got: step < gotPoints.count ? Double(gotPoints[step].count) : 0)
      }
      for (coordinate, value) in expected.enumerated()
      where !isApproximatelyEqual(value, gotPoints[step][coordinate], relativeTolerance: rtol, absoluteTolerance: atol)
      {
        return TrajectoryMismatch(
          label: label, step: step, coordinate: coordinate, expected: value, got: gotPoints[step][coordinate])
      }
    }
    for (step, value) in expectedLosses.enumerated() {
      guard step < gotLosses.count else {
        return TrajectoryMismatch(
          label: label + " (missing loss)", step: step, coordinate: nil, expected: value, got: .nan)
      }
      if !isApproximatelyEqual(value, gotLosses[step], relativeTolerance: rtol, absoluteTolerance: atol) {
        return TrajectoryMismatch(label: label, step: step, coordinate: nil, expected: value, got: gotLosses[step])
      }
    }
    return nil
  }
}
