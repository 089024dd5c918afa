/// A grade report as plain text for a person: each item's score and, when it
/// did not pass, what was expected, what came back, where it first went
/// wrong, the classic mistake it matches and the rubric's hint; then the total.
///
/// A self-check counts hidden items without showing or scoring them
/// ("3 hidden items (12 points) are graded after submission and not counted
/// here"), so that "all visible items pass" never reads as full marks.
///
/// ```
/// optimizers: alice
/// Compiled in 0.52 s.
///
/// PASS   sgd-quadratic: SGD on a quadratic (2 / 2 points)
///        matches the reference at all 50 steps
/// FAIL   adam-rosenbrock: Adam on Rosenbrock (0 / 4 points)
///        diverged at step 1: x[0] expected -1.19000000, got -1.18000000 (relative error 8.4e-3)
///        hint: Bias-correct both moments with the step count t, starting at t = 1.
///
/// Score: 2 / 6 points
/// ```
public struct FeedbackReport: Sendable {
  /// The report to describe.
  public var report: GradeReport
  /// Who reads it: a student sees hidden items' scores only.
  public var audience: FeedbackAudience
  /// Whether to colour status words with ANSI escapes (a terminal that wants colour).
  public var usesColor: Bool

  /// Creates the feedback for `report`.
  public init(report: GradeReport, audience: FeedbackAudience = .student, usesColor: Bool = false) {
    self.report = report
    self.audience = audience
    self.usesColor = usesColor
  }

  /// The feedback, ending with a line break.
  public var text: String {
    var lines = ["\(ReportText.singleLine(report.assignment)): \(ReportText.singleLine(report.submission))"]
    lines += buildLines
    if audience == .instructor { lines.append("Isolation: \(ReportText.singleLine(report.isolation))") }
    lines.append("")
    for item in report.items where item.outcome != .skipped {
      let label = ItemFeedback.label(item.outcome)
      let padding = String(repeating: " ", count: max(1, 7 - label.count))
      lines.append(colored(label, item.outcome) + padding + "\(ItemFeedback.title(item)) (\(ItemFeedback.score(item)))")
      lines += ItemFeedback.bodyLines(item, audience: audience).map { "       " + $0 }
    }
    lines.append("")
    lines += totalLines
    return lines.joined(separator: "\n") + "\n"
  }

  /// The build's outcome, with the compiler's diagnostics (file:line) when there are any.
  private var buildLines: [String] {
    let build = report.build
    let seconds = ReportText.seconds(build.seconds ?? 0)
    let diagnostics = ReportText.printable(
      ReportText.capped(build.diagnostics.trimmingTrailingWhitespace, atBytes: 16 * 1024))
    if !build.succeeded {
      let lines =
        diagnostics.isEmpty
        ? ["(the compiler printed nothing)"] : diagnostics.split(separator: "\n").map(String.init)
      return ["The submission did not compile (\(seconds) s); no item could run:"] + lines.map { "  " + $0 }
    }
    let compiled = build.seconds == nil ? "Compiled" : "Compiled in \(seconds) s"
    guard !diagnostics.isEmpty else { return build.seconds == nil ? [] : ["\(compiled)."] }
    return ["\(compiled), with warnings:"] + diagnostics.split(separator: "\n").map { "  " + $0 }
  }

  /// The total over graded items and, in a self-check, what it leaves out.
  private var totalLines: [String] {
    let score = ReportText.points(report.score)
    guard let note = report.skippedItemsNote else {
      return ["Score: \(score) / \(ReportText.points(report.maxScore)) points"]
    }
    var lines = ["Score on the items checked here: \(score) / \(ReportText.points(report.gradedMaxScore)) points"]
    lines.append(note)
    if let pass = report.allCheckedItemsPassLine { lines.append(pass) }
    return lines
  }

  private func colored(_ text: String, _ outcome: Outcome) -> String {
    guard usesColor else { return text }
    let code =
      switch outcome {
      case .passed: "32"
      case .failed: "31"
      case .error: "35"
      case .skipped: "33"
      }
    return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
  }
}
