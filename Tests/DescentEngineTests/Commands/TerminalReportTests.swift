import DescentReports
import Testing

@Suite("Terminal report")
struct TerminalReportTests {
  @Test("a self-check totals visible points and says what hidden and after-due-date items are not counted")
  func selfCheckTotals() {
    let text = TerminalReport(report: ReportFixtures.selfCheck()).text
    #expect(text.contains("✓ 2 / 2  sgd-quadratic: Item sgd-quadratic"), "\(text)")
    #expect(text.contains("Visible items: 2 / 2 points (1 of 1 pass)."), "\(text)")
    #expect(
      text.contains(
        "Not counted here: 1 hidden item (8 points) and 1 after-due-date item (4 points), graded after submission."),
      "\(text)")
    #expect(text.contains("This is not your grade: 12 more points are graded after submission."), "\(text)")
    #expect(!text.contains("hidden-adam"), "skipped items are counted, not listed:\n\(text)")
    #expect(!text.contains("\u{1B}["), "no colour unless asked")
  }

  @Test("the terminal, the feedback file and the Markdown summary say the same of what a self-check leaves out")
  func writersAgree() throws {
    let report = ReportFixtures.selfCheck()
    let note = try #require(report.skippedItemsNote)
    let pass = try #require(report.allCheckedItemsPassLine)
    #expect(
      note
        == "Not counted here: 1 hidden item (8 points) and 1 after-due-date item (4 points), graded after submission.")
    for text in [
      TerminalReport(report: report).text, FeedbackReport(report: report).text,
      MarkdownFeedbackReport(report: report).text,
    ] {
      #expect(text.contains(note), "\(text)")
      #expect(text.contains(pass), "\(text)")
    }
  }

  @Test("with --item, the other visible items are not selected, and the selected item passes")
  func selectedItem() {
    var report = ReportFixtures.selfCheck()
    report.items.append(ReportFixtures.item("adam-quadratic", outcome: .skipped, score: 0, points: 5))
    let text = TerminalReport(report: report).text
    #expect(
      text.contains(
        "Not counted here: 1 visible item not selected (5 points); 1 hidden item (8 points) and 1 after-due-date item"
          + " (4 points), graded after submission."), "\(text)")
    #expect(text.contains("The selected item passes. This is not your grade: 12 more points"), "\(text)")
    #expect(!text.contains("All visible items pass"), "\(text)")
  }

  @Test("a kit's self-check, which compiled nothing, shows no compile time")
  func nothingCompiled() {
    var report = ReportFixtures.selfCheck()
    report.build.seconds = nil
    for text in [TerminalReport(report: report).text, FeedbackReport(report: report).text] {
      #expect(!text.contains("Compiled in"), "\(text)")
    }
    #expect(TerminalReport(report: report).text.contains("Checked in 1.000 s."))
  }

  @Test("a failure shows the explanation, the named mistake with its fix once, and the hint")
  func failureLines() throws {
    var report = ReportFixtures.mixed()
    report.scope = .visibleOnly
    let text = TerminalReport(report: report).text
    let lines = text.split(separator: "\n").map(String.init)
    let failure = try #require(lines.firstIndex { $0.hasSuffix("adam-rosenbrock: Item adam-rosenbrock") }, "\(text)")
    #expect(lines[failure] == "✗ 1.2 / 4  adam-rosenbrock: Item adam-rosenbrock", "scores align:\n\(text)")
    #expect(lines[failure + 1] == "    diverged at step 3")
    #expect(
      lines.contains(
        "    diverged at step 3: x[1] expected 0.98310012, got 0.98215442 (relative error 9.6e-4, allowed 1.0e-6)"))
    #expect(lines.contains("    mistake: Adam without bias correction"))
    #expect(lines.contains("    fix: divide by 1 − β^t"))
    #expect(lines.filter { $0.contains("Adam without bias correction") }.count == 1, "the mistake once:\n\(text)")
    #expect(lines.contains("    hint: Hint for adam-rosenbrock."))
    #expect(lines.contains("!   0 / 4  rmsprop-beale: Item rmsprop-beale"), "\(text)")
    #expect(lines.contains("    | printed a line"), "what the code printed, marked:\n\(text)")
  }

  @Test("a passing item shows no explanation, and hidden items graded in full show no details to a student")
  func passAndHidden() {
    let text = TerminalReport(report: ReportFixtures.mixed()).text
    #expect(!text.contains("matches the reference at all 50 steps"), "\(text)")
    #expect(!text.contains("secret"), "\(text)")
    #expect(text.contains("a hidden item: its details are not shown"), "\(text)")
    #expect(text.contains("Score: 3.2 / 14 points (1 of 4 items pass)."), "\(text)")
    #expect(!text.contains("Not counted here"), "a full grade leaves nothing out:\n\(text)")
  }

  @Test("a build failure shows the compiler's file:line diagnostics and every item as an error")
  func compileFailure() {
    let text = TerminalReport(report: ReportFixtures.compileFailure()).text
    #expect(text.contains("✗ Your submission did not compile (0.400 s); no item could run:"), "\(text)")
    #expect(text.contains("  Optimizers.swift:12:5: error: cannot find 'velocity' in scope"), "\(text)")
    #expect(text.contains("! 0 / 2  sgd-quadratic"), "\(text)")
    #expect(!text.contains("All visible items pass"), "\(text)")
  }

  @Test("student output cannot inject escape sequences, and colour appears only when asked")
  func hostileOutputAndColour() {
    var report = ReportFixtures.mixed(output: ReportFixtures.hostileText)
    report.items[1].summary = ReportFixtures.hostileText
    let plain = TerminalReport(report: report).text
    #expect(!plain.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0 || $0 == "\r" }, "\(plain)")
    let coloured = TerminalReport(report: report, usesColor: true).text
    #expect(coloured.contains("\u{1B}[1;32m✓\u{1B}[0m"), "\(coloured)")
    #expect(coloured.replacingOccurrences(of: "\u{1B}[", with: "").count < coloured.count)
  }

  @Test(
    "colour only on a terminal, never with NO_COLOR set to a non-empty value or TERM=dumb",
    arguments: [
      (true, [String: String](), true), (false, [:], false), (true, ["NO_COLOR": "1"], false),
      (true, ["NO_COLOR": ""], true), (true, ["TERM": "dumb"], false), (true, ["TERM": "xterm-256color"], true),
    ])
  func colourDecision(isTerminal: Bool, environment: [String: String], expected: Bool) {
    #expect(
      TerminalReport.wantsColor(isTerminal: isTerminal, environment: environment) == expected,
      "isTerminal \(isTerminal), environment \(environment)")
  }

  @Test("huge output under one item is capped with a visible marker")
  func cappedOutput() {
    var report = ReportFixtures.mixed(output: String(repeating: "spam\n", count: 100_000))
    report.scope = .visibleOnly
    let text = TerminalReport(report: report).text
    #expect(text.utf8.count < 20_000, "\(text.utf8.count) bytes")
    #expect(text.contains("output truncated"), "\(text.prefix(500))")
  }
}
