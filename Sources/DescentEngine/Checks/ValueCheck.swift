import DescentWire

/// A value check: the student's function is evaluated at the rubric's
/// points in their process; each value must match the reference's within
/// the tolerance. The count of values is checked before any value.
struct ValueCheck: CheckKindEvaluator {
  var parameters: ValueParameters

  /// How many failing points are described in full.
  static let describedFailures = 5

  var tasks: [HarnessTask] {
    [.evaluation(EvaluationTask(function: parameters.function, points: parameters.points, includesGradient: false))]
  }

  func verdict(from results: [HarnessResult]) -> CheckVerdict {
    guard results.count == 1, case .evaluations(let values, _, let stoppedBy) = results[0] else {
      return .error("the grader received an answer of the wrong kind from \(parameters.function)")
    }
    let points = parameters.points
    if stoppedBy == nil, values.count != points.count {
      return .failed("returned \(values.count) values for \(points.count) points")
    }
    guard let reference = try? ReferenceCatalog.function(named: parameters.function, dimension: points[0].count) else {
      return .error("the reference could not build \(parameters.function); tell your instructor")
    }
    var failures: [String] = []
    var passed = 0
    for (index, point) in points.enumerated() {
      guard index < values.count else { break }
      let expected = reference.value(at: point)
      let got = values[index]
      if parameters.tolerance.accepts(got, expected: expected) {
        passed += 1
      } else if failures.count < Self.describedFailures {
        let (e, g) = NumberText.pair(expected: expected, got: got)
        let error =
          got.isFinite
          ? "relative error \(NumberText.scientific(Tolerance.relativeError(got, expected: expected)))"
          : "not a finite number"
        failures.append("f\(NumberText.point(point)) expected \(e), got \(g) (\(error))")
      }
    }
    let credit = parameters.partialCredit == .perPoint ? Double(passed) / Double(points.count) : 0
    if let stoppedBy {
      let message = RunFailureWording.message(for: stoppedBy, target: parameters.function)
      let where_ = values.count < points.count ? " at \(NumberText.point(points[values.count]))" : ""
      return .error("stopped\(where_): \(message)", details: failures, credit: credit)
    }
    let failing = points.count - passed
    if failing == 0 { return .passed("matches the reference at all \(points.count) points") }
    if failing > failures.count { failures.append("… and \(failing - failures.count) more") }
    return .failed("wrong at \(failing) of \(points.count) points", details: failures, credit: credit)
  }
}
