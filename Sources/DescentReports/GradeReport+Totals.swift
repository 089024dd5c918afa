extension GradeReport {
  /// The items this run graded: every item except those skipped (hidden
  /// items of a self-check).
  public var gradedItems: [ItemResult] { items.filter { $0.outcome != .skipped } }

  /// The items this run did not grade.
  public var skippedItems: [ItemResult] { items.filter { $0.outcome == .skipped } }

  /// Points available over the items this run graded: the denominator a
  /// self-check may honestly show.
  public var gradedMaxScore: Double { gradedItems.reduce(0) { $0 + $1.points } }

  /// Whether every graded item passed.
  public var allGradedItemsPass: Bool { gradedItems.allSatisfy { $0.outcome == .passed } }

  /// One line on what this run left out, or nil when it graded everything:
  /// "3 hidden items (12 points) are graded after submission and not counted here".
  public var skippedItemsNote: String? {
    let skipped = skippedItems
    guard !skipped.isEmpty else { return nil }
    let points = skipped.reduce(0) { $0 + $1.points }
    let noun = skipped.count == 1 ? "hidden item" : "hidden items"
    let verb = skipped.count == 1 ? "is" : "are"
    return "\(skipped.count) \(noun) (\(ReportText.points(points)) points) \(verb) graded after submission"
      + " and not counted here"
  }
}
