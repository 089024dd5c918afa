import DescentReports
import Foundation

/// Grade reports for the writer tests: every outcome, partial credit, a named
/// mistake, hidden items, and output crafted to break naive writers.
enum ReportFixtures {
  /// Text no writer may pass through raw: control characters, an escape
  /// sequence, a CDATA terminator, fake markup, both quotes, a lone carriage
  /// return, non-characters and invalid UTF-8 decoded lossily.
  static let hostileText: String = {
    var text = "start\u{0}\u{1}\u{7}\u{8}\u{B}\u{C}\u{1B}[31mred\u{1B}[0m\u{1F}\u{7F}"
    text += " ]]> <![CDATA[ x ]]> </testcase><testcase name=\"fake\"/> &amp; &#0; 'single' \"double\"\r\n"
    text += "\u{FFFE}\u{FFFF} | ** _ ``` # <script>"
    text += ReportText.decoding([0x66, 0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82, 0x67])
    return text
  }()

  /// About 10 MB of hostile output.
  static let hugeHostileText: String = String(
    repeating: hostileText + "\n", count: 10_000_000 / (hostileText.utf8.count + 1))

  static func item(
    _ id: String, outcome: Outcome, score: Double, points: Double = 4, visibility: Visibility = .visible,
    summary: String = "", details: [String] = [], mistake: NamedMistake? = nil, output: String = ""
  ) -> ItemResult {
    ItemResult(
      id: id, name: "Item \(id)", points: points, score: score, visibility: visibility, outcome: outcome,
      summary: summary, details: details, mistake: mistake, hint: "Hint for \(id).", output: output, seconds: 0.0123)
  }

  /// A full grade with one item of every kind of outcome.
  static func mixed(output: String = "printed a line") -> GradeReport {
    GradeReport(
      assignment: "optimizers", submission: "alice",
      build: BuildSummary(succeeded: true, diagnostics: "", seconds: 0.5),
      items: [
        item("sgd-quadratic", outcome: .passed, score: 2, points: 2, summary: "matches the reference at all 50 steps"),
        item(
          "adam-rosenbrock", outcome: .failed, score: 1.2,
          summary: "diverged at step 3",
          details: [
            "diverged at step 3: x[1] expected 0.98310012, got 0.98215442 (relative error 9.6e-4, allowed 1.0e-6)",
            "this matches a classic mistake: Adam without bias correction; fix: divide by 1 − β^t",
          ],
          mistake: NamedMistake(
            id: "adam-no-bias-correction", title: "Adam without bias correction", fix: "divide by 1 − β^t"),
          output: output),
        item("rmsprop-beale", outcome: .error, score: 0, summary: "timed out after 2 s in rmsprop", output: output),
        item(
          "hidden-adam", outcome: .failed, score: 0, visibility: .hidden, summary: "secret summary",
          details: ["secret detail"]),
      ],
      isolation: "bubblewrap: no network", scope: .all, seconds: 3.25)
  }

  /// A self-check where every visible item passes and two are not run.
  static func selfCheck() -> GradeReport {
    GradeReport(
      assignment: "optimizers", submission: "alice",
      build: BuildSummary(succeeded: true, diagnostics: "", seconds: 0.5),
      items: [
        item("sgd-quadratic", outcome: .passed, score: 2, points: 2, summary: "matches"),
        item("hidden-adam", outcome: .skipped, score: 0, points: 8, visibility: .hidden, summary: "not run"),
        item("late-nadam", outcome: .skipped, score: 0, points: 4, visibility: .afterDueDate, summary: "not run"),
      ],
      isolation: "none", scope: .visibleOnly, seconds: 1)
  }

  /// A submission that did not compile.
  static func compileFailure() -> GradeReport {
    GradeReport(
      assignment: "optimizers", submission: "bob",
      build: BuildSummary(
        succeeded: false, diagnostics: "Optimizers.swift:12:5: error: cannot find 'velocity' in scope", seconds: 0.4),
      items: [
        item("sgd-quadratic", outcome: .error, score: 0, points: 2, summary: "the submission did not compile"),
        item("adam-rosenbrock", outcome: .error, score: 0, summary: "the submission did not compile"),
      ],
      isolation: "none", scope: .all, seconds: 0.4)
  }
}
