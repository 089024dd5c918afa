/// The feedback as GitHub-flavoured Markdown, for a CI job summary: a table
/// of items, then one section per item that did not pass with its details
/// in a code block. Says the same as ``FeedbackReport``.
public struct MarkdownFeedbackReport: Sendable {
  /// The report to describe.
  public var report: GradeReport
  /// Who reads it: a student sees hidden items' scores only.
  public var audience: FeedbackAudience

  /// Creates the Markdown feedback for `report`.
  public init(report: GradeReport, audience: FeedbackAudience = .student) {
    self.report = report
    self.audience = audience
  }

  /// The Markdown, ending with a line break.
  public var text: String {
    var lines: [String] = []
    let heading = "\(escaped(report.assignment)): \(escaped(report.submission))"
    lines.append("## \(heading): \(ReportText.points(report.score)) / \(ReportText.points(scoreDenominator)) points")
    lines.append("")
    if let note = report.skippedItemsNote {
      lines.append("> \(escaped(note))")
      if let pass = report.allCheckedItemsPassLine { lines.append("> \(escaped(pass))") }
      lines.append("")
    }
    if !report.build.succeeded {
      lines.append("**The submission did not compile; no item could run.**")
      lines.append("")
      lines += codeBlock(report.build.diagnostics.isEmpty ? "(the compiler printed nothing)" : report.build.diagnostics)
      lines.append("")
    }
    lines.append("| | Item | Points | Result |")
    lines.append("|---|---|---|---|")
    for item in report.items where item.outcome != .skipped {
      let summary = ItemFeedback.showsDetails(item, to: audience) ? escaped(item.summary) : "details not shown"
      lines.append(
        "| \(symbol(item.outcome)) | \(escaped(ItemFeedback.title(item))) | "
          + "\(ReportText.points(item.score)) / \(ReportText.points(item.points)) | \(summary) |")
    }
    for item in report.items where item.outcome == .failed || item.outcome == .error {
      guard ItemFeedback.showsDetails(item, to: audience) else { continue }
      lines.append("")
      lines.append("### \(symbol(item.outcome)) \(escaped(ItemFeedback.title(item)))")
      lines.append("")
      lines += codeBlock(ItemFeedback.bodyLines(item, audience: audience).joined(separator: "\n"))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private var scoreDenominator: Double {
    report.skippedItems.isEmpty ? report.maxScore : report.gradedMaxScore
  }

  private func symbol(_ outcome: Outcome) -> String {
    switch outcome {
    case .passed: "✅"
    case .failed: "❌"
    case .error: "⚠️"
    case .skipped: "⏭️"
    }
  }

  /// A fenced code block whose fence is longer than any run of backticks
  /// inside, so no content can close it early.
  private func codeBlock(_ content: String) -> [String] {
    let text = ReportText.printable(ReportText.capped(content.trimmingTrailingWhitespace, atBytes: 16 * 1024))
    var longest = 0
    var run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: max(3, longest + 1))
    return [fence + "text", text, fence]
  }

  /// Inline text with Markdown and HTML punctuation escaped, on one line.
  private func escaped(_ text: String) -> String {
    var result = ""
    for character in ReportText.singleLine(text) {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "|", "#", "!", "~": result += "\\\(character)"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      default: result.append(character)
      }
    }
    return result
  }
}
