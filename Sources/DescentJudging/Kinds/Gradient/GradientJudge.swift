import DescentCore
import DescentWire

/// A gradient check's verdict: at each point the student's gradient is
/// compared with central differences of the student's own function (along
/// the kit's probe directions) and with the reference gradient; a point
/// passes when both relative errors are within the threshold.
struct GradientJudge {
  var expectation: GradientExpectation

  /// How many failing points are described in full.
  static let describedFailures = 5

  func verdict(from results: [HarnessResult]) -> Verdict {
    guard results.count == 2, case .evaluations(_, let reportedGradients, let gradientStop) = results[0],
      case .evaluations(let probeValues, _, let probeStop) = results[1]
    else {
      return .error("Descent received an answer of the wrong kind from \(expectation.function)")
    }
    let points = expectation.points
    let name = expectation.function
    let probeCount = expectation.probes.reduce(0) { $0 + 2 * $1.count }
    let gradients = reportedGradients ?? []
    guard let dimension = points.first?.count, expectation.gradients.count == points.count,
      expectation.probes.count == points.count
    else { return .error("the kit's data for this item is inconsistent; tell your instructor") }
    if gradientStop == nil, gradients.count != points.count {
      return .failed("returned \(gradients.count) gradients for \(points.count) points")
    }
    if probeStop == nil, probeValues.count != probeCount {
      return .failed("returned \(probeValues.count) values for \(probeCount) points")
    }
    if let wrong = gradients.firstIndex(where: { $0.count != dimension }), wrong < points.count {
      return .failed(
        "the gradient at \(ComparisonText.point(points[wrong])) has \(gradients[wrong].count) entries,"
          + " expected \(dimension)")
    }
    var passed = 0
    var failing = 0
    var failures: [String] = []
    var offset = 0
    for (index, point) in points.enumerated() {
      let probes = expectation.probes[index]
      defer { offset += 2 * probes.count }
      guard index < gradients.count, offset + 2 * probes.count <= probeValues.count else { break }
      let gradient = gradients[index]
      var analytic: [Double] = []
      var numeric: [Double] = []
      for (k, direction) in probes.enumerated() {
        analytic.append(GradientAgreement.directionalDerivative(gradient, along: direction))
        numeric.append(
          GradientAgreement.centralDifference(
            forward: probeValues[offset + 2 * k], backward: probeValues[offset + 2 * k + 1], step: expectation.step))
      }
      let expected = expectation.gradients[index]
      let ownError = GradientAgreement.relativeError(analytic, numeric)
      let referenceError = GradientAgreement.relativeError(gradient, expected)
      let threshold = expectation.threshold
      if ownError <= threshold && referenceError <= threshold {
        passed += 1
        continue
      }
      failing += 1
      guard failures.count < Self.describedFailures * 3 else { continue }
      failures.append(
        "at \(ComparisonText.point(point)): your gradient \(ComparisonText.point(gradient)),"
          + " the reference \(ComparisonText.point(expected))")
      failures.append(
        "  vs the numeric gradient of your own function: relative error \(ComparisonText.scientific(ownError))"
          + " (\(GradientAgreement.words(ownError, threshold: threshold)));"
          + " vs the reference: \(ComparisonText.scientific(referenceError))"
          + " (\(GradientAgreement.words(referenceError, threshold: threshold)))")
      failures.append("  " + diagnosis(ownOK: ownError <= threshold, referenceOK: referenceError <= threshold))
    }
    let credit = expectation.creditsPerPoint ? Double(passed) / Double(points.count) : 0
    if let stop = gradientStop ?? probeStop {
      let message = StudentErrorWording.message(for: stop, target: name)
      return .error("stopped: \(message)", details: failures, credit: credit)
    }
    if failing == 0 {
      return .passed(
        "the gradient is right at all \(points.count) points"
          + " (threshold \(ComparisonText.scientific(expectation.threshold)))")
    }
    return .failed("the gradient is wrong at \(failing) of \(points.count) points", details: failures, credit: credit)
  }

  private func diagnosis(ownOK: Bool, referenceOK: Bool) -> String {
    switch (ownOK, referenceOK) {
    case (true, false):
      "your gradient belongs to your function, but your function is not \(expectation.function): check f itself"
    case (false, true):
      "your gradient is the reference's, but your function's values do not match it: check f"
    default:
      "your gradient agrees with neither: check the derivative"
    }
  }
}
