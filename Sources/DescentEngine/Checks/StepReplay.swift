import DescentCore
import DescentJudging
import DescentReports

/// Whether a student's points are steps of the optimizer a convergence item
/// names: what makes a convergence item unforgeable.
///
/// A convergence item measures the points the student's process returns,
/// and that process is hostile by assumption: it reads every request (the
/// problem, the start), so it can compute or guess the minimizer and return
/// it without optimizing anything, and a secret shift of the problem would
/// be no secret once sent to it. So the engine replays every step itself,
/// "teacher-forced": from the student's own point xₖ, with the gradients of
/// the problem evaluated here, the update rule takes one step, and the
/// student's xₖ₊₁ must be that step. The rule is one of the reference's
/// formulations of the method or one of its catalogued mistakes (those lose
/// points on the trajectory items, not here), the same rule for every step,
/// its state fed only by the student's points. The start must be the item's.
///
/// Why it cannot be forged: each accepted xₖ₊₁ lies within
/// `atol + rtol·|x| + τ·|step|` (τ = 10⁻³) of a real step of the method from
/// xₖ, so the whole path moves at most a thousandth of its own length plus
/// rtol 1e-6 of |x| per step away from a real run of the method: nowhere
/// near a guessed minimizer that the method would not reach itself. The
/// replay does not compound rounding (each step starts from the student's
/// point), so a correct implementation in any association order passes.
enum StepReplay {
  /// τ: the slack per coordinate, as a fraction of that coordinate's step.
  static let stepFraction = 1e-3

  /// The first step that no update rule explains, when there is one.
  struct Finding: Equatable {
    /// The step whose point is not a step of the method (0: the start itself).
    var step: Int
    /// The point the best-matching rule gives there (the item's start for step 0).
    var expected: [Double]
    /// The student's point.
    var got: [Double]
    /// The name of the rule that explained the most steps.
    var rule: String
  }

  /// The first unexplained step of `points` for a convergence item with
  /// `parameters`, or nil when one rule explains every step.
  ///
  /// - Throws: when the reference cannot build the optimizer or the problem.
  static func firstUnexplainedStep(of points: [[Double]], for parameters: ConvergenceParameters) throws -> Finding? {
    guard let first = points.first else { return nil }
    let tolerance = ComparisonTolerance.standard
    guard tolerance.accepts(first, expected: parameters.start) else {
      return Finding(step: 0, expected: parameters.start, got: first, rule: parameters.optimizer)
    }
    let objective = try ReferenceCatalog.problem(parameters.problem)
    let h = parameters.hyperparameters
    let rules =
      try ReferenceCatalog.formulations(of: parameters.optimizer, hyperparameters: h).map { ($0.name, $0.optimizer) }
      + ReferenceCatalog.mistakes(of: parameters.optimizer, hyperparameters: h).map { ($0.mistake.title, $0.optimizer) }
    var best: Finding?
    for (name, optimizer) in rules {
      guard let finding = replay(points, with: optimizer, on: objective, tolerance: tolerance, rule: name) else {
        return nil
      }
      if finding.step > (best?.step ?? -1) { best = finding }
    }
    return best
  }

  /// The first step of `points` that `optimizer`'s update from the point
  /// before it does not give, or nil when every step matches.
  static func replay(
    _ points: [[Double]], with optimizer: any Optimizer, on objective: any Objective, tolerance: ComparisonTolerance,
    rule: String
  ) -> Finding? {
    var optimizer = optimizer
    for step in 1..<max(1, points.count) {
      let previous = points[step - 1]
      var next = previous
      do {
        try optimizer.step(&next, on: objective)
      } catch {
        return Finding(step: step, expected: next, got: points[step], rule: rule)
      }
      let got = points[step]
      let agrees =
        got.count == next.count
        && next.indices.allSatisfy { i in
          tolerance.accepts(got[i], expected: next[i])
            || abs(got[i] - next[i]) <= stepFraction * abs(next[i] - previous[i])
        }
      if !agrees { return Finding(step: step, expected: next, got: got, rule: rule) }
    }
    return nil
  }

  /// The points whose steps must be the method's: all of them, or for an
  /// item that expects divergence those up to the first whose loss is above
  /// the bound (past it, a blown-up run's arithmetic proves nothing more).
  static func replayed(_ points: [[Double]], for parameters: ConvergenceParameters) throws -> [[Double]] {
    guard case .divergesAbove(let bound) = parameters.target else { return points }
    let objective = try ReferenceCatalog.problem(parameters.problem)
    guard
      let first = points.firstIndex(where: { point in
        let value = point.allSatisfy(\.isFinite) ? objective.value(at: point) : .nan
        return !value.isFinite || value > bound
      })
    else { return points }
    return Array(points[...first])
  }

  /// The verdict of a convergence item whose judge passed it: unchanged when
  /// the steps are the method's, failed naming the first step that is not.
  static func verdict(_ verdict: Verdict, points: [[Double]], parameters: ConvergenceParameters) -> Verdict {
    guard verdict.outcome == .passed else { return verdict }
    let finding: Finding?
    do {
      finding = try firstUnexplainedStep(of: try replayed(points, for: parameters), for: parameters)
    } catch {
      return .error("the reference could not replay this item (\(error)); tell your instructor")
    }
    guard let finding else { return verdict }
    let what = finding.step == 0 ? "the start" : "step \(finding.step)"
    return .failed(
      "\(what) is not a step of \(parameters.optimizer) from the point before it, so reaching the target does not count",
      details: [
        "a convergence item replays every step: from your point at step k, the update with the gradient there"
          + " must give your point at step k + 1 (closest rule: \(finding.rule))",
        "expected x\(finding.step) = \(ComparisonText.point(finding.expected))",
        "     got x\(finding.step) = \(ComparisonText.point(finding.got))",
      ])
  }
}
