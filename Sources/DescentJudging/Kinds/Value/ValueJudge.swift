import DescentCore
import DescentWire

/// A value check's verdict: the count of values first, then each value
/// against the reference's within the tolerance.
struct ValueJudge {
  var expectation: ValueExpectation

  /// How many failing points are described in full.
  static let describedFailures = 5

  func verdict(from results: [HarnessResult]) -> Verdict {
    guard results.count == 1, case .evaluations(let values, _, let stoppedBy) = results[0] else {
      return .error("Descent received an answer of the wrong kind from \(expectation.function)")
    }
    let points = expectation.points
    if stoppedBy == nil, values.count != points.count {
      return .failed("returned \(values.count) values for \(points.count) points")
    }
    let agreement = ValueAgreement(values: values, expected: expectation.values, tolerance: expectation.tolerance)
    var failures: [String] = []
    for (index, accepted) in agreement.passing.enumerated()
    where !accepted && index < points.count && failures.count < Self.describedFailures {
      failures.append(agreement.failureLine(at: index, point: points[index]))
    }
    let passed = agreement.passedCount
    let credit = expectation.creditsPerPoint ? Double(passed) / Double(max(1, points.count)) : 0
    if let stoppedBy {
      let message = StudentErrorWording.message(for: stoppedBy, target: expectation.function)
      let location = values.count < points.count ? " at \(ComparisonText.point(points[values.count]))" : ""
      return .error("stopped\(location): \(message)", details: failures, credit: credit)
    }
    let failing = max(0, points.count - passed)
    if failing == 0 { return .passed("matches the reference at all \(points.count) points") }
    if failing > failures.count { failures.append("… and \(failing - failures.count) more") }
    return .failed("wrong at \(failing) of \(points.count) points", details: failures, credit: credit)
  }
}
