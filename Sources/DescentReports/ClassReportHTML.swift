/// A ``ClassReport`` as one self-contained HTML page for the instructor:
/// the score histogram and each item's pass rate as SVG figures, the most
/// frequent named mistakes with who made them, and the failures. Polyglot
/// like ``HTMLReport``; every student id and text escaped.
public struct ClassReportHTML: Sendable {
  /// The report to show.
  public var report: ClassReport
  /// How many mistakes to list (the most frequent).
  public var mistakeLimit: Int

  /// Creates the page.
  public init(report: ClassReport, mistakeLimit: Int = 10) {
    self.report = report
    self.mistakeLimit = mistakeLimit
  }

  /// The score histogram.
  public var histogram: Figure {
    let bars = report.histogram.map { Figure.Point(($0.low + $0.high) / 2, Double($0.count)) }
    let largest = Double(report.histogram.map(\.count).max() ?? 1)
    return Figure(
      title: "Scores (\(report.gradedCount) students graded)",
      x: Figure.Axis(label: "total points", lower: 0, upper: max(report.maxScore, 1)),
      y: Figure.Axis(label: "students", lower: 0, upper: max(1, largest * 1.1)),
      series: [Figure.Series(name: "students per score band", role: .bars, points: bars)])
  }

  /// Each item's pass rate, items in rubric order along the horizontal axis.
  public var passRates: Figure {
    let bars = report.items.enumerated().map { Figure.Point(Double($0.offset + 1), $0.element.passRate * 100) }
    return Figure(
      title: "Pass rate per item (numbered as in the table below)",
      x: Figure.Axis(label: "item", lower: 0.5, upper: Double(report.items.count) + 0.5),
      y: Figure.Axis(label: "% of students passing", lower: 0, upper: 100),
      series: [Figure.Series(name: "pass rate", role: .bars, points: bars)])
  }

  /// The page.
  public var text: String {
    let scores = report.scores
    let max = ReportText.points(report.maxScore)
    var body = [
      "<h1>Class report: \(escaped(report.assignment))</h1>",
      "<p>\(report.studentCount) students, \(report.gradedCount) graded. Mean \(ReportText.points(scores.mean)) / \(max),"
        + " median \(ReportText.points(scores.median)), lowest \(ReportText.points(scores.minimum)),"
        + " highest \(ReportText.points(scores.maximum)).</p>",
      "<figure>\(SVGFigure(histogram).markup)</figure>",
      "<h2>Items</h2>", "<figure>\(SVGFigure(passRates).markup)</figure>",
      "<table><tr><th>#</th><th>Item</th><th>Points</th><th>Pass rate</th><th>Passed</th><th>Failed</th>"
        + "<th>Error</th><th>Mean</th></tr>",
    ]
    for (index, item) in report.items.enumerated() {
      body.append(
        "<tr><td>\(index + 1)</td><td><code>\(escaped(item.id))</code> \(escaped(item.name))</td>"
          + "<td>\(ReportText.points(item.points))</td><td>\(Int((item.passRate * 100).rounded()))%</td>"
          + "<td>\(item.passed)</td><td>\(item.failed)</td><td>\(item.errored)</td>"
          + "<td>\(ReportText.points(item.meanScore))</td></tr>")
    }
    body.append("</table>")
    let mistakes = report.mistakes.prefix(mistakeLimit)
    if !mistakes.isEmpty {
      body.append("<h2>Most frequent mistakes</h2><table><tr><th>Mistake</th><th>Students</th><th>Items</th></tr>")
      for mistake in mistakes {
        body.append(
          "<tr><td><strong>\(escaped(mistake.title))</strong><br/>fix: \(escaped(mistake.fix))</td>"
            + "<td>\(mistake.students.count): \(escaped(mistake.students.joined(separator: ", ")))</td>"
            + "<td>\(escaped(mistake.items.joined(separator: ", ")))</td></tr>")
      }
      body.append("</table>")
    }
    if !report.buildFailures.isEmpty {
      body.append(
        "<h2>Did not compile</h2><p>\(escaped(report.buildFailures.joined(separator: ", ")))</p>")
    }
    if !report.graderFailures.isEmpty {
      body.append("<h2>Not graded: the grader failed (run the batch again to retry)</h2><ul>")
      body += report.graderFailures.map { "<li>\(escaped($0.student)): \(escaped($0.message))</li>" }
      body.append("</ul>")
    }
    let style =
      HTMLReport.style
      + "table{border-collapse:collapse;width:100%}"
      + "td,th{border-bottom:1px solid #d8dee4;padding:4px 8px;text-align:left;vertical-align:top}"
    return HTMLPage.document(title: "Class report: \(escaped(report.assignment))", style: style, body: body)
  }

  private func escaped(_ text: String) -> String { HTMLPage.escaped(ReportText.singleLine(text)) }
}
