import DescentJudging

/// One thing `descent rubric lint` reports about a rubric item.
public struct RubricLintFinding: Sendable, Equatable, CustomStringConvertible {
  /// The item's id.
  public var item: String
  /// One line for the instructor, naming the item and what to do.
  public var message: String
  /// For a trajectory item whose late steps rounding decides: the first step
  /// compared loosely, where a safe multiple of the rounding envelope
  /// exceeds the tolerance.
  public var step: Int?
  /// For such an item: its step count.
  public var steps: Int?
  /// For such an item: the first step past which rounding and a mistake
  /// cannot be told apart, if within the item.
  public var saturatedStep: Int?

  /// Creates a finding.
  public init(item: String, message: String, step: Int? = nil, steps: Int? = nil, saturatedStep: Int? = nil) {
    self.item = item
    self.message = message
    self.step = step
    self.steps = steps
    self.saturatedStep = saturatedStep
  }

  public var description: String { message }
}

/// Checks a rubric for items whose verdicts could not mean what they say:
/// each kind of check says what to look for in its own items
/// (``CheckDefinition/lintFindings()``), from rounding that decides a
/// trajectory's late steps to a numeric-gradient item that the exact
/// gradient would pass.
public enum RubricLint {
  /// The findings for `rubric`, in item order, each message led by the item's
  /// place (`rubrics/x.yaml:12: item 'id': …`); empty when every item is judged as written.
  ///
  /// - Throws: when the reference cannot run an item (the rubric's fault, named in the message).
  public static func findings(for rubric: Rubric) throws -> [RubricLintFinding] {
    try rubric.items.flatMap { item in
      try item.check.definition.lintFindings().map { finding in
        var placed = finding
        placed.item = item.id
        let place = item.line.map { "\(rubric.source):\($0): " } ?? ""
        placed.message = "\(place)item '\(item.id)': \(finding.message)"
        return placed
      }
    }
  }
}
