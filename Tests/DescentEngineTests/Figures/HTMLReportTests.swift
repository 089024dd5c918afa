import DescentReports
import Foundation
import Testing

/// The HTML report: well-formed, escaped, and showing a student nothing of
/// hidden items beyond their points.
@Suite("HTML report")
struct HTMLReportTests {
  static func report() -> GradeReport {
    let figure = FigureRenderingTests.figure(student: [Figure.Point(0, 1), Figure.Point(1, 3)])
    var hiddenFigure = figure
    hiddenFigure.title = "secret-hidden-figure"
    return GradeReport(
      assignment: "optimizers", submission: "alice",
      build: BuildSummary(succeeded: true, diagnostics: "", seconds: 0.5),
      items: [
        ItemResult(
          id: "adam-rosenbrock", name: "Adam", points: 6, score: 0, visibility: .visible, outcome: .failed,
          summary: "diverged at step 1", details: ["threw " + FigureRenderingTests.hostile],
          hint: "Bias-correct", output: "printed </pre><script>alert(2)</script>", figures: [figure]),
        ItemResult(
          id: "sgd", name: "SGD", points: 5, score: 5, visibility: .visible, outcome: .passed, summary: "matches"),
        ItemResult(
          id: "hidden-adam", name: "Hidden", points: 4, score: 0, visibility: .hidden, outcome: .failed,
          summary: "secret-hidden-summary", figures: [hiddenFigure]),
      ],
      isolation: "bubblewrap", scope: .all, seconds: 1)
  }

  @Test("the page is well-formed, has one inline SVG per figure and escapes the student's text")
  func page() throws {
    let text = HTMLReport(report: Self.report(), audience: .student).text
    #expect(text.hasPrefix("<!DOCTYPE html>"))
    #expect(text.contains("Score: <strong>5 / 15</strong> points (1 of 3 items pass)"), "\(text)")
    #expect(text.components(separatedBy: "<svg ").count - 1 == 1, "the visible item's figure only")
    #expect(!text.contains("<script"), "student text is escaped")
    #expect(text.contains("&lt;script&gt;alert(2)&lt;/script&gt;"))
    #expect(!text.contains("secret-hidden"), "a student sees a hidden item's score only")
    #expect(text.contains("<details class=\"item failed\" id=\"item-adam-rosenbrock\" open=\"open\">"))
    #expect(text == HTMLReport(report: Self.report(), audience: .student).text, "deterministic")
    try FigureRenderingTests.expectWellFormed(text)
  }

  @Test("an instructor sees every item's details and figures")
  func instructor() {
    let text = HTMLReport(report: Self.report(), audience: .instructor).text
    #expect(text.contains("secret-hidden-summary") && text.contains("secret-hidden-figure"))
    #expect(text.components(separatedBy: "<svg ").count - 1 == 2)
  }
}
