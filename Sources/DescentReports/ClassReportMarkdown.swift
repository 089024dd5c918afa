import Foundation

/// A ``ClassReport`` as Markdown for the instructor: the scores and their
/// histogram, a table of items with pass rates, the most frequent named
/// mistakes with the students who made them, and the build and grader
/// failures. Student ids and texts are escaped so that none can break a
/// table or inject markup.
public struct ClassReportMarkdown: Sendable {
  /// The report to render.
  public var report: ClassReport
  /// How many mistakes to list (the most frequent).
  public var mistakeLimit: Int

  /// Creates the renderer.
  public init(report: ClassReport, mistakeLimit: Int = 10) {
    self.report = report
    self.mistakeLimit = mistakeLimit
  }

  /// The Markdown document.
  public var text: String {
    var lines = ["# Class report: \(Self.escaped(report.assignment))", ""]
    let ungraded = report.studentCount - report.gradedCount
    lines.append(
      "\(report.studentCount) students, \(report.gradedCount) graded"
        + (ungraded > 0 ? ", \(ungraded) not graded (grader failure)" : "") + ".")
    lines.append("")
    lines += scoreSection + [""] + itemSection + [""] + mistakeSection + [""] + failureSection
    return lines.joined(separator: "\n") + "\n"
  }

  private var scoreSection: [String] {
    let scores = report.scores
    let max = ReportText.points(report.maxScore)
    var lines = [
      "## Scores", "",
      "Mean \(ReportText.points(scores.mean)) / \(max), median \(ReportText.points(scores.median)),"
        + " lowest \(ReportText.points(scores.minimum)), highest \(ReportText.points(scores.maximum)).",
      "", "| Score | Students | |", "|---|---:|---|",
    ]
    let largest = report.histogram.map(\.count).max() ?? 0
    for (index, bin) in report.histogram.enumerated() {
      let closing = index == report.histogram.count - 1 ? "]" : ")"
      let bar = largest == 0 ? "" : String(repeating: "█", count: (bin.count * 20 + largest - 1) / largest)
      lines.append(
        "| [\(ReportText.points(bin.low)), \(ReportText.points(bin.high))\(closing) | \(bin.count) | \(bar) |")
    }
    return lines
  }

  private var itemSection: [String] {
    var lines = [
      "## Items", "", "| Item | Points | Pass rate | Passed | Failed | Error | Mean |",
      "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for item in report.items {
      let rate = Int((item.passRate * 100).rounded())
      lines.append(
        "| `\(Self.escaped(item.id))` \(Self.escaped(item.name)) | \(ReportText.points(item.points)) | \(rate)% |"
          + " \(item.passed) | \(item.failed) | \(item.errored) | \(ReportText.points(item.meanScore)) |")
    }
    return lines
  }

  private var mistakeSection: [String] {
    guard !report.mistakes.isEmpty else { return ["## Named mistakes", "", "None recognised."] }
    var lines = ["## Named mistakes", "", "| Mistake | Students | Items | Who |", "|---|---:|---|---|"]
    for mistake in report.mistakes.prefix(mistakeLimit) {
      lines.append(
        "| **\(Self.escaped(mistake.title))** (`\(Self.escaped(mistake.id))`) | \(mistake.students.count) |"
          + " \(mistake.items.map { "`\(Self.escaped($0))`" }.joined(separator: ", ")) |"
          + " \(mistake.students.map(Self.escaped).joined(separator: ", ")) |")
    }
    if report.mistakes.count > mistakeLimit {
      lines += ["", "\(report.mistakes.count - mistakeLimit) more in class-report.json."]
    }
    return lines
  }

  private var failureSection: [String] {
    var lines = ["## Build failures", ""]
    lines.append(
      report.buildFailures.isEmpty
        ? "None." : "\(report.buildFailures.count): " + report.buildFailures.map(Self.escaped).joined(separator: ", "))
    guard !report.graderFailures.isEmpty else { return lines }
    lines += ["", "## Not graded (grader failures: regrade these)", ""]
    for failure in report.graderFailures {
      lines.append("- \(Self.escaped(failure.student)): \(Self.escaped(failure.message))")
    }
    return lines
  }

  /// `text` on one line with Markdown's active characters backslash-escaped.
  static func escaped(_ text: String) -> String {
    var result = ""
    for character in ReportText.singleLine(text) {
      if "\\`*_{}[]<>#|~".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}

extension ClassReport {
  /// The report as pretty JSON with snake_case keys, sorted.
  ///
  /// - Throws: `EncodingError` only for a non-finite number, which the
  ///   statistics never produce from finite scores.
  public func jsonData() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return try encoder.encode(self)
  }
}
