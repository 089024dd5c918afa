import DescentReports
import Testing

@Suite("Feedback text and Markdown")
struct FeedbackReportTests {
  @Test("a failure shows expected, got, where, the named mistake and the hint")
  func failureDetails() {
    let text = FeedbackReport(report: ReportFixtures.mixed()).text
    #expect(text.contains("FAIL   adam-rosenbrock: Item adam-rosenbrock (1.2 / 4 points)"))
    #expect(
      text.contains(
        "diverged at step 3: x[1] expected 0.98310012, got 0.98215442 (relative error 9.6e-4, allowed 1.0e-6)"))
    #expect(text.contains("this matches a classic mistake: Adam without bias correction; fix: divide by 1 − β^t"))
    #expect(text.components(separatedBy: "classic mistake").count == 2, "the mistake is named once")
    #expect(text.contains("hint: Hint for adam-rosenbrock."))
    #expect(text.contains("PASS   sgd-quadratic"))
    #expect(!text.contains("Hint for sgd-quadratic"), "no hint on a pass")
    #expect(text.contains("ERROR  rmsprop-beale: Item rmsprop-beale (0 / 4 points)"))
    #expect(text.contains("Score: 3.2 / 14 points"))
  }

  @Test("a student does not see a hidden item's details; an instructor does")
  func hiddenDetails() {
    let student = FeedbackReport(report: ReportFixtures.mixed()).text
    #expect(student.contains("hidden-adam"))
    #expect(!student.contains("secret"))
    #expect(student.contains("a hidden item: its details are not shown"))
    let instructor = FeedbackReport(report: ReportFixtures.mixed(), audience: .instructor).text
    #expect(instructor.contains("secret detail"))
    #expect(instructor.contains("Isolation: bubblewrap: no network"))
  }

  @Test("a self-check counts hidden items without scoring them, and never reads as full marks")
  func selfCheckTotals() {
    let text = FeedbackReport(report: ReportFixtures.selfCheck()).text
    #expect(text.contains("Score on the items checked here: 2 / 2 points"))
    let note =
      "Not counted here: 1 hidden item (8 points) and 1 after-due-date item (4 points), graded after submission."
    #expect(text.contains(note))
    #expect(text.contains("This is not your grade: 12 more points are graded after submission."))
    #expect(!text.contains("2 / 14"))
    let markdown = MarkdownFeedbackReport(report: ReportFixtures.selfCheck()).text
    #expect(markdown.contains(note))
    #expect(markdown.contains(": 2 / 2 points"))
  }

  @Test("compile diagnostics are shown with file:line")
  func compileDiagnostics() {
    let text = FeedbackReport(report: ReportFixtures.compileFailure()).text
    #expect(text.contains("The submission did not compile"))
    #expect(text.contains("  Optimizers.swift:12:5: error: cannot find 'velocity' in scope"))
    let markdown = MarkdownFeedbackReport(report: ReportFixtures.compileFailure()).text
    #expect(markdown.contains("Optimizers.swift:12:5: error"))
  }

  @Test("hostile output cannot reach the terminal or break the Markdown")
  func hostileOutput() {
    let report = ReportFixtures.mixed(output: ReportFixtures.hostileText + "\n```\n# heading")
    let text = FeedbackReport(report: report).text
    #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{0}" || $0 == "\r" })
    #expect(text.contains("| start"))
    let markdown = MarkdownFeedbackReport(report: report).text
    #expect(markdown.contains("````text"), "the fence outgrows the output's backticks")
    let colored = FeedbackReport(report: report, usesColor: true).text
    #expect(colored.contains("\u{1B}[1;32mPASS\u{1B}[0m"))
  }

  @Test("huge output is capped in feedback")
  func cappedOutput() {
    let text = FeedbackReport(report: ReportFixtures.mixed(output: ReportFixtures.hugeHostileText)).text
    #expect(text.utf8.count < 40_000, "\(text.utf8.count) bytes")
    #expect(text.contains("output truncated"))
  }

  @Test("Markdown lists every item in a table and details failures")
  func markdownStructure() {
    let markdown = MarkdownFeedbackReport(report: ReportFixtures.mixed()).text
    #expect(markdown.hasPrefix("## optimizers: alice: 3.2 / 14 points"))
    #expect(markdown.contains("| ✅ | sgd-quadratic: Item sgd-quadratic | 2 / 2 |"))
    #expect(markdown.contains("### ❌ adam-rosenbrock: Item adam-rosenbrock"))
    #expect(!markdown.contains("secret"))
  }

  @Test("the same report gives the same text")
  func deterministic() {
    #expect(FeedbackReport(report: ReportFixtures.mixed()).text == FeedbackReport(report: ReportFixtures.mixed()).text)
    #expect(
      MarkdownFeedbackReport(report: ReportFixtures.mixed()).text
        == MarkdownFeedbackReport(report: ReportFixtures.mixed()).text)
  }

  @Test(
    "points are written for people",
    arguments: [(4.0, "4"), (1.5, "1.5"), (2.0 / 3.0, "0.67"), (0.05, "0.05"), (0.1 + 0.2, "0.3"), (.nan, "0")])
  func points(value: Double, expected: String) {
    #expect(ReportText.points(value) == expected)
  }

  @Test(
    "seconds have three decimals and no exponent",
    arguments: [(0.0123, "0.012"), (1e-9, "0.000"), (12.3456, "12.346"), (-1.0, "0.000"), (.infinity, "0.000")])
  func seconds(value: Double, expected: String) {
    #expect(ReportText.seconds(value) == expected)
  }
}
