import DescentCore
import DescentWire

/// A convergence check: the student's optimizer runs up to `max_steps` steps
/// in their process; here, the engine measures each returned point itself,
/// f(x) or the distance to the nearest known minimizer, and the item passes
/// when the measure falls below the target within the budget. The best
/// value reached, and at which step, is reported either way.
struct ConvergenceCheck: CheckKindEvaluator {
  var parameters: ConvergenceParameters

  var tasks: [HarnessTask] {
    [
      .trajectory(
        TrajectoryTask(
          optimizer: parameters.optimizer, hyperparameters: parameters.hyperparameters, problem: parameters.problem,
          start: parameters.start, steps: parameters.maxSteps, seed: parameters.seed))
    ]
  }

  func verdict(from results: [HarnessResult]) -> CheckVerdict {
    guard results.count == 1, case .trajectory(let points, let stoppedBy) = results[0] else {
      return .error("the grader received an answer of the wrong kind from \(parameters.optimizer)")
    }
    let dimension = parameters.start.count
    guard points.count <= parameters.maxSteps + 1 else {
      return .failed("returned \(points.count) points, at most \(parameters.maxSteps + 1) expected")
    }
    if let step = points.firstIndex(where: { $0.count != dimension }) {
      return .failed("the point at step \(step) has \(points[step].count) coordinates, expected \(dimension)")
    }
    let measure: ([Double]) -> Double
    let (quantity, bound): (String, Double)
    switch parameters.target {
    case .lossBelow(let target):
      guard let objective = try? ReferenceCatalog.problem(parameters.problem) else {
        return .error("the reference could not build \(parameters.problem.name); tell your instructor")
      }
      measure = { objective.value(at: $0) }
      (quantity, bound) = ("loss", target)
    case .distanceBelow(let target):
      let minimizers = ReferenceCatalog.minimizers(of: parameters.problem)
      measure = { point in minimizers.map { distance(point, $0) }.min() ?? .infinity }
      (quantity, bound) = ("distance to the nearest minimizer", target)
    }
    var best: (step: Int, value: Double)? = nil
    var firstNonFinite: Int? = nil
    for (step, point) in points.enumerated() {
      let value = point.allSatisfy(\.isFinite) ? measure(point) : .nan
      guard value.isFinite else {
        firstNonFinite = firstNonFinite ?? step
        continue
      }
      if best == nil || value < (best?.value ?? .infinity) { best = (step, value) }
      if value < bound {
        return .passed(
          "reached \(quantity) \(NumberText.scientific(value)) below \(NumberText.scientific(bound))"
            + " at step \(step) of at most \(parameters.maxSteps)")
      }
    }
    var details: [String] = []
    if let best {
      details.append("best \(quantity): \(NumberText.scientific(best.value)) at step \(best.step)")
    }
    if let firstNonFinite { details.append("the point became NaN or infinite at step \(firstNonFinite)") }
    let bestText = best.map { "best \(NumberText.scientific($0.value)) at step \($0.step)" } ?? "no finite point"
    let summary = "\(quantity) did not fall below \(NumberText.scientific(bound)) within \(parameters.maxSteps) steps"
    if let stoppedBy {
      let message = RunFailureWording.message(for: stoppedBy, target: parameters.optimizer)
      return .error("stopped at step \(points.count): \(message)", details: [summary + " (\(bestText))"] + details)
    }
    return .failed(summary + " (\(bestText))", details: details)
  }

  private func distance(_ a: [Double], _ b: [Double]) -> Double {
    guard a.count == b.count else { return .infinity }
    var sum = 0.0
    for index in a.indices { sum += (a[index] - b[index]) * (a[index] - b[index]) }
    return sum.squareRoot()
  }
}
