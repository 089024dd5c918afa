import DescentWire

/// A gradient check of a hand-written gradient. At each point the student's
/// analytic gradient is compared with
///
/// 1. the numeric gradient of the student's own function, from values the
///    student's process returns at planned points x ± h·v (central
///    differences): does the gradient belong to the function?
/// 2. the reference gradient, computed here: is it the right function?
///
/// over every coordinate (`full`), k seeded coordinates (`sparse`) or one
/// seeded direction (`directional`; the reference comparison always uses
/// the whole gradient). A point passes when both relative errors are within
/// the threshold; `per_point` partial credit pays for each point that passes.
struct GradientCheck: CheckKindEvaluator {
  var parameters: GradientParameters
  var plan: GradientProbePlan

  /// How many failing points are described in full.
  static let describedFailures = 5

  init(parameters: GradientParameters) {
    self.parameters = parameters
    plan = GradientProbePlan(
      points: parameters.points, method: parameters.method, step: parameters.step, seed: parameters.seed)
  }

  var tasks: [HarnessTask] {
    [
      .evaluation(EvaluationTask(function: parameters.function, points: parameters.points, includesGradient: true)),
      .evaluation(
        EvaluationTask(function: parameters.function, points: plan.evaluationPoints, includesGradient: false)),
    ]
  }

  func verdict(from results: [HarnessResult]) -> CheckVerdict {
    guard results.count == 2, case .evaluations(_, let reportedGradients, let gradientStop) = results[0],
      case .evaluations(let probeValues, _, let probeStop) = results[1]
    else {
      return .error("the grader received an answer of the wrong kind from \(parameters.function)")
    }
    let points = parameters.points
    let dimension = points[0].count
    let name = parameters.function
    let gradients = reportedGradients ?? []
    if gradientStop == nil, gradients.count != points.count {
      return .failed("returned \(gradients.count) gradients for \(points.count) points")
    }
    if probeStop == nil, probeValues.count != plan.evaluationPoints.count {
      return .failed("returned \(probeValues.count) values for \(plan.evaluationPoints.count) points")
    }
    if let wrong = gradients.firstIndex(where: { $0.count != dimension }) {
      return .failed(
        "the gradient at \(NumberText.point(points[wrong])) has \(gradients[wrong].count) entries, expected \(dimension)"
      )
    }
    guard let reference = try? ReferenceCatalog.function(named: name, dimension: dimension) else {
      return .error("the reference could not build \(name); tell your instructor")
    }
    var passed = 0
    var failures: [String] = []
    var failing = 0
    for (index, point) in points.enumerated() {
      let offset = plan.offset(ofPoint: index)
      let probes = plan.probes[index]
      guard index < gradients.count, offset + 2 * probes.count <= probeValues.count else { break }
      let gradient = gradients[index]
      var analytic: [Double] = []
      var numeric: [Double] = []
      for (k, probe) in probes.enumerated() {
        analytic.append(zip(gradient, probe.direction).reduce(0.0) { $0 + $1.0 * $1.1 })
        numeric.append((probeValues[offset + 2 * k] - probeValues[offset + 2 * k + 1]) / (2 * plan.step))
      }
      let expected = reference.gradient(at: point)
      let ownError = GradientError.relative(analytic, numeric)
      let referenceError = GradientError.relative(gradient, expected)
      let threshold = parameters.threshold
      if ownError <= threshold && referenceError <= threshold {
        passed += 1
        continue
      }
      failing += 1
      guard failures.count < Self.describedFailures * 3 else { continue }
      let label = "at \(NumberText.point(point))"
      failures.append(
        "\(label): your gradient \(NumberText.point(gradient)), the reference \(NumberText.point(expected))")
      failures.append(
        "  vs the numeric gradient of your own function: relative error \(NumberText.scientific(ownError))"
          + " (\(GradientError.words(ownError, threshold: threshold)));"
          + " vs the reference: \(NumberText.scientific(referenceError))"
          + " (\(GradientError.words(referenceError, threshold: threshold)))")
      failures.append("  " + diagnosis(ownOK: ownError <= threshold, referenceOK: referenceError <= threshold))
    }
    let credit = parameters.partialCredit == .perPoint ? Double(passed) / Double(points.count) : 0
    if let stop = gradientStop ?? probeStop {
      let message = RunFailureWording.message(for: stop, target: name)
      return .error("stopped: \(message)", details: failures, credit: credit)
    }
    if failing == 0 {
      return .passed(
        "the gradient is right at all \(points.count) points (threshold \(NumberText.scientific(parameters.threshold)))"
      )
    }
    return .failed("the gradient is wrong at \(failing) of \(points.count) points", details: failures, credit: credit)
  }

  private func diagnosis(ownOK: Bool, referenceOK: Bool) -> String {
    switch (ownOK, referenceOK) {
    case (true, false):
      "your gradient belongs to your function, but your function is not \(parameters.function): check f itself"
    case (false, true):
      "your gradient is the reference's, but your function's values do not match it: check f"
    default:
      "your gradient agrees with neither: check the derivative"
    }
  }
}

/// The relative error between two gradients and the words for it.
enum GradientError {
  /// ‖a − b‖ / max(‖a‖, ‖b‖): 0 when both vanish; infinity for a length
  /// mismatch or a value that is not finite.
  static func relative(_ a: [Double], _ b: [Double]) -> Double {
    guard a.count == b.count, a.allSatisfy(\.isFinite), b.allSatisfy(\.isFinite) else { return .infinity }
    var difference = 0.0
    var normA = 0.0
    var normB = 0.0
    for index in a.indices {
      difference += (a[index] - b[index]) * (a[index] - b[index])
      normA += a[index] * a[index]
      normB += b[index] * b[index]
    }
    let scale = max(normA, normB).squareRoot()
    return scale > 0 ? difference.squareRoot() / scale : 0
  }

  /// "correct" within the threshold, "wrong" beyond it.
  static func words(_ error: Double, threshold: Double) -> String {
    error <= threshold ? "correct" : "wrong"
  }
}
