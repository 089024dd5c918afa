import Foundation

/// A grade report as Gradescope's `results.json` (the autograder
/// specification's output format): the total `score`, `execution_time`, an
/// `output` for the whole submission (the build and the total), and one test
/// per rubric item with `name`, `number`, `score`, `max_score`, `status`
/// (`passed` or `failed`), `output` and `visibility`.
///
/// Each test's output is what ``FeedbackReport`` says about the item, in
/// full: Gradescope itself withholds hidden and after-due-date tests from
/// the student until their time. With `showsFigures`, tests' outputs are
/// HTML (`output_format: html`): the same words in a `<pre>`, then each of
/// the item's figures as an `<img>` of its SVG (a data URI, which runs no
/// script).
public struct GradescopeResults: Sendable {
  /// The report to convert.
  public var report: GradeReport
  /// Whether tests' outputs are HTML with the items' figures.
  public var showsFigures: Bool

  /// Creates the results for `report`.
  public init(report: GradeReport, showsFigures: Bool = false) {
    self.report = report
    self.showsFigures = showsFigures
  }

  /// The JSON document, keys sorted, pretty-printed.
  ///
  /// - Throws: `EncodingError` only if a number is not finite, which the
  ///   writer guards against; callers may treat it as a bug.
  public func data() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(document)
  }

  /// The document as a value, for tests and for callers that embed it.
  public var document: Document {
    let tests = report.items.enumerated().map { index, item in
      Test(
        name: ItemFeedback.title(item), number: String(index + 1), score: finite(item.score),
        maxScore: finite(item.points),
        status: item.outcome == .passed ? "passed" : (item.outcome == .skipped ? nil : "failed"),
        output: output(item), visibility: item.visibility.rawValue)
    }
    return Document(
      score: finite(report.score), executionTime: Int(finite(report.seconds).rounded(.up)), output: overallOutput,
      outputFormat: "text", testOutputFormat: showsFigures ? "html" : "text", stdoutVisibility: "hidden",
      tests: tests)
  }

  /// A test's output: the feedback's words, and with ``showsFigures`` the figures.
  private func output(_ item: ItemResult) -> String {
    let text = ReportText.capped(
      ItemFeedback.bodyLines(item, audience: .instructor).joined(separator: "\n"), atBytes: ReportText.outputCap)
    guard showsFigures else { return text }
    let pre = "<pre>" + XMLTree.escapedText(text) + "</pre>"
    return (item.figures ?? []).reduce(pre) { html, figure in
      let svg = Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SVGFigure(figure).markup).utf8)
      return html + "\n<img alt=\"\(XMLTree.escapedAttribute(figure.title))\" width=\"600\""
        + " src=\"data:image/svg+xml;base64,\(svg.base64EncodedString())\"/>"
    }
  }

  /// The submission-wide output: the build (with diagnostics on failure) and the total.
  private var overallOutput: String {
    var lines: [String] = []
    if report.build.succeeded {
      if let seconds = report.build.seconds { lines.append("Compiled in \(ReportText.seconds(seconds)) s.") }
    } else {
      lines.append("The submission did not compile; no item could run:")
      lines.append(
        ReportText.capped(report.build.diagnostics.trimmingTrailingWhitespace, atBytes: ReportText.outputCap))
    }
    lines.append("Score: \(ReportText.points(report.score)) / \(ReportText.points(report.maxScore)) points")
    if let note = report.skippedItemsNote { lines.append(note) }
    return lines.joined(separator: "\n")
  }

  private func finite(_ value: Double) -> Double { value.isFinite ? max(0, value) : 0 }

  /// The top level of `results.json`.
  public struct Document: Codable, Sendable, Equatable {
    /// Points earned.
    public var score: Double
    /// Seconds the grading took, rounded up.
    public var executionTime: Int
    /// Text about the whole submission.
    public var output: String
    /// How Gradescope renders `output`.
    public var outputFormat: String
    /// How Gradescope renders each test's output.
    public var testOutputFormat: String
    /// Whether the student sees the autograder's own stdout (never: it is for the instructor).
    public var stdoutVisibility: String
    /// One entry per rubric item.
    public var tests: [Test]

    enum CodingKeys: String, CodingKey {
      case score, output, tests
      case executionTime = "execution_time"
      case outputFormat = "output_format"
      case testOutputFormat = "test_output_format"
      case stdoutVisibility = "stdout_visibility"
    }
  }

  /// One test of `results.json`.
  public struct Test: Codable, Sendable, Equatable {
    /// "adam-rosenbrock: Adam on Rosenbrock".
    public var name: String
    /// The item's position in the rubric, from "1".
    public var number: String
    /// Points earned.
    public var score: Double
    /// Points available.
    public var maxScore: Double
    /// "passed" or "failed"; absent for an item that was not run.
    public var status: String?
    /// What the feedback says about the item.
    public var output: String
    /// "visible", "hidden" or "after_due_date".
    public var visibility: String

    enum CodingKeys: String, CodingKey {
      case name, number, score, status, output, visibility
      case maxScore = "max_score"
    }
  }
}
