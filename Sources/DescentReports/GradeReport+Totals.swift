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

  /// One sentence on what this run left out, or nil when it graded
  /// everything; every report of a self-check says it in these words:
  /// "Not counted here: 12 hidden items (42 points) and 1 after-due-date
  /// item (4 points), graded after submission." With `--item`, the visible
  /// items not selected come first: "Not counted here: 10 visible items not
  /// selected (49 points); 12 hidden items (42 points), graded after
  /// submission."
  public var skippedItemsNote: String? {
    let skipped = skippedItems
    func group(_ visibility: Visibility, _ singular: String, _ plural: String) -> String? {
      let items = skipped.filter { $0.visibility == visibility }
      guard !items.isEmpty else { return nil }
      let points = ReportText.points(items.reduce(0) { $0 + $1.points })
      return "\(items.count) \(items.count == 1 ? singular : plural) (\(points) points)"
    }
    let later = [
      group(.hidden, "hidden item", "hidden items"),
      group(.afterDueDate, "after-due-date item", "after-due-date items"),
    ].compactMap { $0 }
    var parts: [String] = []
    if let unselected = group(.visible, "visible item not selected", "visible items not selected") {
      parts.append(unselected)
    }
    if !later.isEmpty { parts.append(later.joined(separator: " and ") + ", graded after submission") }
    guard !parts.isEmpty else { return nil }
    return "Not counted here: " + parts.joined(separator: "; ") + "."
  }

  /// The line that follows a self-check whose checked items all pass,
  /// saying what remains: "All visible items pass. This is not your grade:
  /// 46 more points are graded after submission." ("The selected item
  /// passes." with `--item`); nil unless every checked item passed.
  public var allCheckedItemsPassLine: String? {
    let graded = gradedItems
    guard build.succeeded, !graded.isEmpty, allGradedItemsPass, !skippedItems.isEmpty else { return nil }
    let selection = skippedItems.contains { $0.visibility == .visible }
    let subject =
      !selection
      ? "All visible items pass"
      : graded.count == 1 ? "The selected item passes" : "All \(graded.count) selected items pass"
    let later = skippedItems.filter { $0.visibility != .visible }.reduce(0) { $0 + $1.points }
    guard later > 0 else { return subject + "." }
    return "\(subject). This is not your grade: \(ReportText.points(later)) more points are graded after submission."
  }
}
