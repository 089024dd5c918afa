/// A grade report for a terminal: what `descent check` (and the student
/// kit's self-check) prints. A pure function of the report, so every
/// front end prints the same words.
///
/// Each graded item gets one line, its score then its title: `✓` passed, `✗` failed (a wrong answer),
/// `!` error (the code could not answer), with its score; a failure or error
/// is followed by the explanation (expected vs got, where it first went
/// wrong), the classic mistake it matches with its fix, and the rubric's
/// hint. The total counts visible points only and is followed by a line
/// saying how many hidden and after-due-date items (and points) exist and
/// are not counted, so that "all visible items pass" never reads as full marks.
///
/// ```
/// optimizers: my-work (visible items only)
/// Compiled in 0.512 s; graded in 0.840 s.
///
/// ✓ 5 / 5  sgd-rosenbrock: SGD on Rosenbrock (2-D)
/// ✗ 0 / 6  adam-rosenbrock: Adam on Rosenbrock (2-D)
///     diverged at step 1: x[0] expected -1.19, got -1.18 (relative error 8.4e-3)
///     mistake: Adam without bias correction
///     fix: divide m by 1 − β₁ᵗ and v by 1 − β₂ᵗ
///     hint: Bias-correct both moments with the step count t, starting at t = 1.
///
/// Visible items: 5 / 11 points (1 of 2 pass).
/// Not counted here: 11 hidden items (42 points) and 1 after-due-date item (4 points), graded after submission.
/// ```
public struct TerminalReport: Sendable {
  /// The report to print.
  public var report: GradeReport
  /// Whether to colour with ANSI escapes; see ``wantsColor(isTerminal:environment:)``.
  public var usesColor: Bool
  /// Who reads it: a student sees hidden items' scores only.
  public var audience: FeedbackAudience

  /// The cap, in UTF-8 bytes, on what the student's code printed shown under one item.
  public static let outputCap = 2 * 1024

  /// Creates the terminal text for `report`.
  public init(report: GradeReport, usesColor: Bool = false, audience: FeedbackAudience = .student) {
    self.report = report
    self.usesColor = usesColor
    self.audience = audience
  }

  /// Whether a terminal report should be coloured: only on a terminal,
  /// never when `NO_COLOR` is set to a non-empty value (no-color.org: an
  /// empty `NO_COLOR` does not count) or `TERM` is `dumb`.
  public static func wantsColor(isTerminal: Bool, environment: [String: String]) -> Bool {
    isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
  }

  /// The report, ending with a line break.
  public var text: String {
    var lines = [headerLine] + buildLines + [""]
    let graded = report.gradedItems
    let scores = graded.map { "\(ReportText.points($0.score)) / \(ReportText.points($0.points))" }
    let width = scores.map(\.count).max() ?? 0
    for (item, score) in zip(graded, scores) {
      let padding = String(repeating: " ", count: width - score.count)
      lines.append("\(symbol(item.outcome)) \(padding)\(score)  \(ItemFeedback.title(item))")
      if report.build.succeeded {
        lines += bodyLines(item).map { "    " + $0 }
      }
    }
    if !graded.isEmpty { lines.append("") }
    lines += totalLines
    return lines.joined(separator: "\n") + "\n"
  }

  private var headerLine: String {
    let name = "\(ReportText.singleLine(report.assignment)): \(ReportText.singleLine(report.submission))"
    return paint(report.scope == .visibleOnly ? name + " (visible items only)" : name, "1")
  }

  /// The build's outcome and timings, with the compiler's diagnostics when there are any.
  private var buildLines: [String] {
    let build = report.build
    let diagnostics = ReportText.printable(
      ReportText.capped(build.diagnostics.trimmingTrailingWhitespace, atBytes: 16 * 1024))
    let diagnosticLines = diagnostics.isEmpty ? [] : diagnostics.split(separator: "\n").map { "  " + $0 }
    guard build.succeeded else {
      let first = paint(
        "✗ Your submission did not compile (\(ReportText.seconds(build.seconds ?? 0)) s); no item could run:", "1;31")
      return [first] + (diagnosticLines.isEmpty ? ["  (the compiler printed nothing)"] : diagnosticLines)
    }
    let timing =
      build.seconds.map {
        "Compiled in \(ReportText.seconds($0)) s; graded in \(ReportText.seconds(report.seconds)) s."
      }
      ?? "Checked in \(ReportText.seconds(report.seconds)) s."
    return diagnosticLines.isEmpty ? [timing] : [timing, "Compiler warnings:"] + diagnosticLines
  }

  /// The explanation under an item that did not pass; nothing under a pass.
  private func bodyLines(_ item: ItemResult) -> [String] {
    guard item.outcome == .failed || item.outcome == .error else { return [] }
    guard ItemFeedback.showsDetails(item, to: audience) else {
      return ["a hidden item: its details are not shown"]
    }
    var lines = [ReportText.singleLine(item.summary)]
    // The mistake gets its own lines below; a detail naming it would repeat them.
    for detail in item.details where !(item.mistake.map { detail.contains($0.title) } ?? false) {
      lines += ReportText.printable(detail).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    if let mistake = item.mistake {
      lines.append(paint("mistake: ", "1;33") + ReportText.singleLine(mistake.title))
      lines.append("fix: " + ReportText.singleLine(mistake.fix))
    }
    if let hint = item.hint, !hint.isEmpty {
      lines.append(paint("hint: ", "36") + ReportText.singleLine(hint))
    }
    let output = item.output.trimmingTrailingWhitespace
    if !output.isEmpty {
      lines.append("your code printed:")
      let shown = ReportText.printable(ReportText.capped(output, atBytes: Self.outputCap))
      lines += shown.split(separator: "\n", omittingEmptySubsequences: false).map { "| " + $0 }
    }
    return lines
  }

  /// The total, and in a self-check what it leaves out.
  private var totalLines: [String] {
    let graded = report.gradedItems
    let passing = graded.filter { $0.outcome == .passed }.count
    let score = "\(ReportText.points(report.score)) / \(ReportText.points(report.gradedMaxScore)) points"
    let skipped = report.skippedItems
    guard report.scope == .visibleOnly || !skipped.isEmpty else {
      return [paint("Score: \(score) (\(passing) of \(graded.count) items pass).", "1")]
    }
    var lines = [paint("Visible items: \(score) (\(passing) of \(graded.count) pass).", "1")]
    if let note = report.skippedItemsNote { lines.append(paint(note, "33")) }
    if let pass = report.allCheckedItemsPassLine { lines.append(pass) }
    return lines
  }

  private func symbol(_ outcome: Outcome) -> String {
    switch outcome {
    case .passed: paint("✓", "1;32")
    case .failed: paint("✗", "1;31")
    case .error: paint("!", "1;35")
    case .skipped: paint("-", "33")
    }
  }

  private func paint(_ text: String, _ code: String) -> String {
    usesColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
