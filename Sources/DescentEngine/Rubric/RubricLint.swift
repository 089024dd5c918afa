import DescentJudging

/// One thing `descent rubric lint` reports about a rubric item.
public struct RubricLintFinding: Sendable, Equatable, CustomStringConvertible {
  /// The item's id.
  public var item: String
  /// The first step compared loosely: where a safe multiple of the rounding envelope exceeds the tolerance.
  public var step: Int
  /// The item's step count.
  public var steps: Int
  /// The first step past which rounding and a mistake cannot be told apart, if within the item.
  public var saturatedStep: Int?
  /// One line for the instructor, naming the item, the step and what to do.
  public var message: String

  public var description: String { message }
}

/// Checks a rubric for items whose verdicts rounding could decide: each
/// trajectory item's reference is run with its rounding envelope
/// (``RoundingEnvelope``), and an item is reported when, within its steps,
/// a safe multiple of that envelope exceeds the item's tolerance (from that
/// step on the grader compares loosely, so that no correct implementation
/// fails for rounding) or reaches the level where no comparison can tell a
/// correct implementation from a mistake.
public enum RubricLint {
  /// The findings for `rubric`, in item order; empty when every item is judged at its tolerance throughout.
  ///
  /// - Throws: when the reference cannot run an item (the rubric's fault, named in the message).
  public static func findings(for rubric: Rubric) throws -> [RubricLintFinding] {
    var findings: [RubricLintFinding] = []
    for item in rubric.items {
      guard let parameters = item.check.parameters(as: TrajectoryParameters.self) else { continue }
      let expectation = try parameters.trajectoryExpectation()
      let tolerance = parameters.tolerance
      let loosened = expectation.references.compactMap { $0.firstLoosenedStep(under: tolerance) }.min()
      guard let step = loosened else { continue }
      let saturated = expectation.references.compactMap {
        RoundingEnvelope.firstSaturatedStep(of: $0, tolerance: tolerance)
      }.min()
      let place = item.line.map { "\(rubric.source):\($0): " } ?? ""
      var message =
        "\(place)item '\(item.id)': rounding differences grow to 1/\(Int(RoundingEnvelope.safety)) of the"
        + " tolerance at step \(step) of \(parameters.steps), so later steps are compared loosely;"
        + " shorten it to \(max(0, step - 1)) steps to compare every step at"
        + " rtol \(ComparisonText.scientific(tolerance.relative))"
      if let saturated {
        message +=
          "; from step \(saturated) on, rounding alone moves the points by"
          + " \(ComparisonText.scientific(RoundingEnvelope.saturation / RoundingEnvelope.safety)) relative and no comparison can tell"
          + " a correct implementation from a mistake"
      }
      findings.append(
        RubricLintFinding(
          item: item.id, step: step, steps: parameters.steps, saturatedStep: saturated, message: message))
    }
    return findings
  }
}
