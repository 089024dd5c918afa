/// The words every person-facing writer (feedback text, Markdown,
/// Gradescope) uses for one item, so they say the same thing.
enum ItemFeedback {
  /// The cap on captured output shown under one item in feedback.
  static let outputCap = 4 * 1024

  /// A short status word: PASS, FAIL, ERROR or SKIP.
  static func label(_ outcome: Outcome) -> String {
    switch outcome {
    case .passed: "PASS"
    case .failed: "FAIL"
    case .error: "ERROR"
    case .skipped: "SKIP"
    }
  }

  /// "adam-rosenbrock: Adam on Rosenbrock", or the id alone when the name is
  /// empty or the same.
  static func title(_ item: ItemResult) -> String {
    let name = ReportText.singleLine(item.name)
    return name.isEmpty || name == item.id ? item.id : "\(item.id): \(name)"
  }

  /// "1.5 / 4 points".
  static func score(_ item: ItemResult) -> String {
    "\(ReportText.points(item.score)) / \(ReportText.points(item.points)) points"
  }

  /// Whether `audience` may read the item's details.
  static func showsDetails(_ item: ItemResult, to audience: FeedbackAudience) -> Bool {
    audience == .instructor || item.visibility == .visible
  }

  /// The lines under an item's title: the summary, the details, the classic
  /// mistake (unless a detail already names it), the hint on failure and
  /// what the code printed. Hidden details are replaced by one line saying so.
  static func bodyLines(_ item: ItemResult, audience: FeedbackAudience) -> [String] {
    guard showsDetails(item, to: audience) else {
      switch item.visibility {
      case .afterDueDate: return ["details are shown after the due date"]
      case .hidden, .visible: return ["a hidden item: its details are not shown"]
      }
    }
    var lines = [ReportText.singleLine(item.summary)]
    for detail in item.details {
      lines += ReportText.printable(detail).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    if let mistake = item.mistake, !item.details.contains(where: { $0.contains(mistake.title) }) {
      lines.append("this matches a classic mistake: \(mistake.title); fix: \(mistake.fix)")
    }
    if item.outcome == .failed || item.outcome == .error, let hint = item.hint, !hint.isEmpty {
      lines.append("hint: \(ReportText.singleLine(hint))")
    }
    let output = item.output.trimmingTrailingWhitespace
    if item.outcome != .passed, item.outcome != .skipped, !output.isEmpty {
      lines.append("your code printed:")
      let shown = ReportText.printable(ReportText.capped(output, atBytes: outputCap))
      lines += shown.split(separator: "\n", omittingEmptySubsequences: false).map { "| " + $0 }
    }
    return lines
  }
}

/// Who reads a feedback report.
public enum FeedbackAudience: String, Sendable, CaseIterable {
  /// The student: hidden and after-due-date items show their score only.
  case student
  /// The instructor: every item in full.
  case instructor
}

extension String {
  /// The string without trailing spaces, tabs and line breaks.
  var trimmingTrailingWhitespace: String {
    var end = endIndex
    while end > startIndex {
      let before = index(before: end)
      guard self[before].isWhitespace else { break }
      end = before
    }
    return String(self[..<end])
  }
}
