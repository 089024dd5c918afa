import DescentReports
import DescentWire

/// A trajectory check: the student's optimizer runs `steps` steps in their
/// process; the reference runs the same steps here; the two are compared
/// point by point.
///
/// The first step that diverges is named with expected, got and by how much.
/// A trajectory that matches any of the reference's equivalent formulations
/// passes. With `steps_matched` partial credit, the item earns
/// points × (steps matched before the first divergence) / steps. On a wrong
/// answer, the optimizer's classic mistakes are run on the same input and
/// one that reproduces the student's points is named, with its fix.
struct TrajectoryCheck: CheckKindEvaluator {
  var parameters: TrajectoryParameters

  var tasks: [HarnessTask] {
    [
      .trajectory(
        TrajectoryTask(
          optimizer: parameters.optimizer, hyperparameters: parameters.hyperparameters, problem: parameters.problem,
          start: parameters.start, steps: parameters.steps, seed: parameters.seed))
    ]
  }

  func verdict(from results: [HarnessResult]) -> CheckVerdict {
    guard results.count == 1, case .trajectory(let points, let stoppedBy) = results[0] else {
      return .error("the grader received an answer of the wrong kind from \(parameters.optimizer)")
    }
    let references: [ReferenceTrajectory]
    do {
      references = try ReferenceCatalog.trajectories(for: parameters)
    } catch {
      return .error("the reference could not run this item (\(error)); tell your instructor")
    }
    let comparisons = references.map {
      TrajectoryComparison(student: points, reference: $0.points, tolerance: parameters.tolerance)
    }
    if let index = comparisons.firstIndex(where: \.isFullMatch) {
      var details: [String] = []
      if index > 0 { details.append("matches the equivalent formulation: \(references[index].formulation)") }
      return .passed("matches the reference at all \(parameters.steps) steps", details: details)
    }
    guard let bestIndex = comparisons.indices.max(by: { comparisons[$0].matchedSteps < comparisons[$1].matchedSteps })
    else { return .error("the reference produced no trajectory; tell your instructor") }
    let best = comparisons[bestIndex]
    let reference = references[bestIndex]
    let matched = max(0, best.matchedSteps)
    let credit = parameters.partialCredit == .stepsMatched ? Double(matched) / Double(parameters.steps) : 0
    var details = explanation(best, reference: reference, student: points)
    if let stoppedBy, best.divergence == nil {
      let step = points.count
      let message = RunFailureWording.message(for: stoppedBy, target: parameters.optimizer)
      details.insert("steps 1–\(step - 1) match the reference", at: 0)
      return .error("stopped at step \(step) of \(parameters.steps): \(message)", details: details, credit: credit)
    }
    let summary: String
    switch best.divergenceStep {
    case let step?: summary = "diverged at step \(step) of \(parameters.steps)"
    case nil where best.studentCount < best.referenceCount:
      summary = "stopped after \(max(0, best.studentCount - 1)) of \(parameters.steps) steps"
    case nil: summary = "returned \(best.studentCount - 1) steps, expected \(parameters.steps)"
    }
    if let stoppedBy {
      details.append(
        "then stopped at step \(points.count): \(RunFailureWording.message(for: stoppedBy, target: parameters.optimizer))"
      )
    }
    var verdict = CheckVerdict.failed(summary, details: details, credit: credit)
    if let mistake = matchingMistake(points) {
      verdict.mistake = mistake
      verdict.details.append("this matches a classic mistake: \(mistake.title); fix: \(mistake.fix)")
    }
    return verdict
  }

  /// Expected vs got at the divergence, and how far the student got.
  private func explanation(_ comparison: TrajectoryComparison, reference: ReferenceTrajectory, student: [[Double]])
    -> [String]
  {
    var lines: [String] = []
    if let line = comparison.divergenceLine { lines.append(line) }
    if let step = comparison.divergenceStep, step < student.count, step < reference.points.count {
      lines.append("expected x\(step) = \(NumberText.point(reference.points[step]))")
      lines.append("     got x\(step) = \(NumberText.point(student[step]))")
      if step > 0 { lines.append(step == 1 ? "no step matched" : "steps 1–\(step - 1) match the reference") }
    }
    if comparison.divergence == nil, comparison.studentCount != comparison.referenceCount {
      lines.append(
        "returned \(comparison.studentCount) points, expected \(comparison.referenceCount)"
          + " (the start and one per step)")
    }
    return lines
  }

  /// The first classic mistake of this optimizer whose trajectory on the
  /// same input reproduces the student's points.
  private func matchingMistake(_ points: [[Double]]) -> NamedMistake? {
    for candidate in ReferenceCatalog.mistakeTrajectories(for: parameters) {
      if trajectoriesMatchIncludingNonFinite(points, candidate.points, tolerance: parameters.tolerance) {
        return candidate.mistake
      }
    }
    return nil
  }
}
