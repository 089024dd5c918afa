import DescentCore
import DescentWire

/// A trajectory check's verdict: the student's points against each
/// reference formulation; a full match with any passes, otherwise the best
/// partial match names the first divergence, and a classic mistake whose
/// trajectory reproduces the student's is named with its fix.
struct TrajectoryJudge {
  var expectation: TrajectoryExpectation

  func verdict(from results: [HarnessResult]) -> Verdict {
    guard results.count == 1, case .trajectory(let points, let stoppedBy) = results[0] else {
      return .error("Descent received an answer of the wrong kind from \(expectation.optimizer)")
    }
    let references = expectation.references
    let comparisons = references.map {
      TrajectoryAgreement(student: points, reference: $0.points, tolerance: expectation.tolerance, slack: $0.slack)
    }
    if let index = comparisons.firstIndex(where: \.isFullMatch) {
      var details: [String] = []
      if index > 0 { details.append("matches the equivalent formulation: \(references[index].formulation)") }
      details += loosenedNote(references[index], upTo: expectation.steps)
      return .passed("matches the reference at all \(expectation.steps) steps", details: details)
    }
    // The form followed longest; on a tie, the one listed first (the reference's own).
    guard
      let bestIndex = comparisons.indices.min(by: {
        (comparisons[$0].matchedSteps, $1) > (comparisons[$1].matchedSteps, $0)
      })
    else { return .error("there is no reference trajectory for this item; tell your instructor") }
    let best = comparisons[bestIndex]
    let reference = references[bestIndex]
    let matched = max(0, best.matchedSteps)
    let credit = expectation.creditsStepsMatched ? Double(matched) / Double(max(1, expectation.steps)) : 0
    if let stoppedBy, best.divergence == nil {
      // Every step it completed matches; it then threw (a stub, an error of its own).
      let step = points.count
      let message = StudentErrorWording.message(for: stoppedBy, target: expectation.optimizer)
      let details = step > 1 ? [Self.matchedText(through: step - 1)] : []
      return .error("stopped at step \(step) of \(expectation.steps): \(message)", details: details, credit: credit)
    }
    var details = explanation(best, reference: reference.points, student: points)
    if references.count > 1 {
      details.append(
        "expected values come from the form \(reference.formulation), the one your points followed longest;"
          + " the item accepts any of: \(references.map(Self.shortName).joined(separator: ", "))")
    }
    details += loosenedNote(reference, upTo: best.divergenceStep ?? expectation.steps)
    let summary: String
    switch best.divergenceStep {
    case let step?: summary = "diverged at step \(step) of \(expectation.steps)"
    case nil where best.studentCount < best.referenceCount:
      summary = "stopped after \(max(0, best.studentCount - 1)) of \(expectation.steps) steps"
    case nil: summary = "returned \(best.studentCount - 1) steps, expected \(expectation.steps)"
    }
    if let stoppedBy {
      details.append(
        "then stopped at step \(points.count): "
          + StudentErrorWording.message(for: stoppedBy, target: expectation.optimizer))
    }
    var verdict = Verdict.failed(summary, details: details, credit: credit)
    if let mistake = expectation.mistakes.first(where: {
      TrajectoryAgreement.matches(points, $0.points, tolerance: expectation.tolerance)
    })?.mistake {
      verdict.mistake = mistake
      verdict.details.append("this matches a classic mistake: \(mistake.title); fix: \(mistake.fix)")
    }
    return verdict
  }

  /// A formulation's name without its description: "sgd-nesterov-lookahead".
  static func shortName(_ formulation: FormulationTrajectory) -> String {
    String(formulation.formulation.prefix { $0 != " " })
  }

  /// "step 1 matches the reference", "steps 1–7 match the reference".
  static func matchedText(through last: Int) -> String {
    last == 1 ? "step 1 matches the reference" : "steps 1–\(last) match the reference"
  }

  /// Says so when steps up to `step` were compared within the rounding envelope's slack.
  private func loosenedNote(_ reference: FormulationTrajectory, upTo step: Int) -> [String] {
    guard let first = reference.firstLoosenedStep(under: expectation.tolerance), first <= step else { return [] }
    return [
      "from step \(first) on, points were compared within a multiple of how far rounding alone moves them on this"
        + " item (the problem amplifies differences of one rounding several-fold per step), not only within"
        + " rtol \(ComparisonText.scientific(expectation.tolerance.relative))"
    ]
  }

  /// Expected vs got at the divergence, and how far the student got.
  private func explanation(_ comparison: TrajectoryAgreement, reference: [[Double]], student: [[Double]]) -> [String] {
    var lines: [String] = []
    if let line = comparison.divergenceLine { lines.append(line) }
    if let step = comparison.divergenceStep, step < student.count, step < reference.count {
      lines.append("expected x\(step) = \(ComparisonText.point(reference[step]))")
      lines.append("     got x\(step) = \(ComparisonText.point(student[step]))")
      if step > 0 { lines.append(step == 1 ? "no step matched" : Self.matchedText(through: step - 1)) }
    }
    if comparison.divergence == nil, comparison.studentCount != comparison.referenceCount {
      lines.append(
        "returned \(comparison.studentCount) points, expected \(comparison.referenceCount)"
          + " (the start and one per step)")
    }
    return lines
  }
}
