import DescentCore
import DescentWire

/// A convergence check's verdict: each returned point is measured here
/// (f(x), or the distance to the nearest known minimizer) and the item
/// passes when the measure falls below the bound within the budget, or, for
/// an item that expects divergence, when f(x) rises above the bound or stops
/// being a finite number.
struct ConvergenceJudge {
  var expectation: ConvergenceExpectation

  func verdict(from results: [HarnessResult]) -> Verdict {
    guard results.count == 1, case .trajectory(let points, let stoppedBy) = results[0] else {
      return .error("Descent received an answer of the wrong kind from \(expectation.optimizer)")
    }
    let maxSteps = expectation.maxSteps
    guard points.count <= maxSteps + 1 else {
      return .failed("returned \(points.count) points, at most \(maxSteps + 1) expected")
    }
    if let step = points.firstIndex(where: { $0.count != expectation.dimension }) {
      return .failed(
        "the point at step \(step) has \(points[step].count) coordinates, expected \(expectation.dimension)")
    }
    if expectation.measure == .divergence { return divergenceVerdict(points: points, stoppedBy: stoppedBy) }
    if expectation.measure == .oscillation { return oscillationVerdict(points: points, stoppedBy: stoppedBy) }
    let measure: ([Double]) -> Double
    let quantity: String
    switch expectation.measure {
    case .loss, .divergence, .oscillation:
      guard let objective = try? TestProblems.objective(for: expectation.problem) else {
        return .error("Descent could not build \(expectation.problem.name); tell your instructor")
      }
      measure = { objective.value(at: $0) }
      quantity = "loss"
    case .distance:
      let minimizers = expectation.minimizers
      measure = { point in minimizers.map { Self.distance(point, $0) }.min() ?? .infinity }
      quantity = "distance to the nearest minimizer"
    }
    let bound = expectation.bound
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
          "reached \(quantity) \(ComparisonText.scientific(value)) below \(ComparisonText.scientific(bound))"
            + " at step \(step) of at most \(maxSteps)")
      }
    }
    var details: [String] = []
    if let best { details.append("best \(quantity): \(ComparisonText.scientific(best.value)) at step \(best.step)") }
    if let firstNonFinite { details.append("the point became NaN or infinite at step \(firstNonFinite)") }
    let bestText = best.map { "best \(ComparisonText.scientific($0.value)) at step \($0.step)" } ?? "no finite point"
    let summary = "\(quantity) did not fall below \(ComparisonText.scientific(bound)) within \(maxSteps) steps"
    if let stoppedBy {
      let message = StudentErrorWording.message(for: stoppedBy, target: expectation.optimizer)
      return .error("stopped at step \(points.count): \(message)", details: [summary + " (\(bestText))"] + details)
    }
    return .failed(summary + " (\(bestText))", details: details)
  }

  /// Passed at the first point whose loss is above the bound or not finite.
  private func divergenceVerdict(points: [[Double]], stoppedBy: StudentError?) -> Verdict {
    guard let objective = try? TestProblems.objective(for: expectation.problem) else {
      return .error("Descent could not build \(expectation.problem.name); tell your instructor")
    }
    let bound = expectation.bound
    var largest: (step: Int, value: Double)? = nil
    for (step, point) in points.enumerated() {
      let value = point.allSatisfy(\.isFinite) ? objective.value(at: point) : .nan
      if !value.isFinite || value > bound {
        let what = value.isFinite ? "rose to \(ComparisonText.scientific(value))" : "stopped being a finite number"
        return .passed(
          "the loss \(what) at step \(step), above \(ComparisonText.scientific(bound)): the run diverges,"
            + " as it must with these hyper-parameters")
      }
      if largest == nil || value > (largest?.value ?? -.infinity) { largest = (step, value) }
    }
    let largestText = largest.map { "largest \(ComparisonText.scientific($0.value)) at step \($0.step)" } ?? "no point"
    let summary =
      "the loss stayed below \(ComparisonText.scientific(bound)) for \(expectation.maxSteps) steps (\(largestText)),"
      + " where the reference's run diverges"
    if let stoppedBy {
      let message = StudentErrorWording.message(for: stoppedBy, target: expectation.optimizer)
      return .error("stopped at step \(points.count): \(message)", details: [summary])
    }
    return .failed(summary)
  }

  /// Passed when every step reverses the previous one's direction and the
  /// loss stays within a factor `bound` of f(x₀) for the whole budget:
  /// neither converging nor diverging, as gradient descent on x² does with η = 1.
  private func oscillationVerdict(points: [[Double]], stoppedBy: StudentError?) -> Verdict {
    guard let objective = try? TestProblems.objective(for: expectation.problem) else {
      return .error("Descent could not build \(expectation.problem.name); tell your instructor")
    }
    if let stoppedBy {
      let message = StudentErrorWording.message(for: stoppedBy, target: expectation.optimizer)
      return .error("stopped at step \(points.count): \(message)")
    }
    let ratio = expectation.bound
    let first = points.first.map { $0.allSatisfy(\.isFinite) ? objective.value(at: $0) : .nan } ?? .nan
    guard first.isFinite, first >= 0 else {
      return .failed("the loss at the start is \(ComparisonText.value(first)), not a finite number ≥ 0")
    }
    let (lower, upper) = (first / ratio, first * ratio)
    let bandText = "[\(ComparisonText.scientific(lower)), \(ComparisonText.scientific(upper))]"
    for (step, point) in points.enumerated() {
      let value = point.allSatisfy(\.isFinite) ? objective.value(at: point) : .nan
      guard value.isFinite, value >= lower, value <= upper else {
        let what = value.isFinite ? "reached \(ComparisonText.scientific(value))" : "stopped being a finite number"
        let verb = value.isFinite && value < lower ? "converges" : "diverges"
        return .failed(
          "the loss \(what) at step \(step), outside \(bandText): the run \(verb) where the reference's oscillates")
      }
      if step >= 2 {
        let previous = zip(points[step - 1], points[step - 2]).map { $0 - $1 }
        let current = zip(point, points[step - 1]).map { $0 - $1 }
        let turn = zip(previous, current).reduce(0) { $0 + $1.0 * $1.1 }
        guard turn < 0 else {
          return .failed(
            "step \(step) goes on in the direction of step \(step - 1): the run does not swing back and forth"
              + " as the reference's does")
        }
      }
    }
    return .passed(
      "every step swings back across the minimum and the loss stays within \(bandText) for"
        + " \(points.count - 1) steps: the run oscillates, as it must with these hyper-parameters")
  }

  private static func distance(_ a: [Double], _ b: [Double]) -> Double {
    guard a.count == b.count else { return .infinity }
    var sum = 0.0
    for index in a.indices { sum += (a[index] - b[index]) * (a[index] - b[index]) }
    return sum.squareRoot()
  }
}
