import DescentEngine
import DescentReports
import DescentTestSupport
import Foundation
import Testing

/// Submissions that try to cheat: read what the grader knows, write where
/// the grader writes, print reports of their own, or replay the visible
/// answers. None of it may earn a point it did not earn honestly.
@Suite("Hostile submissions that cheat")
struct HostileCheatingTests {
  /// Whether bubblewrap is installed, in which case the grader must use it.
  static var sandboxExpected: Bool {
    ["/usr/bin/bwrap", "/bin/bwrap"].contains { FileManager.default.isExecutableFile(atPath: $0) }
  }

  @Test("Reading the rubric, the reference sources or the engine's binary finds nothing")
  func readSecrets() throws {
    let grading = try HostileGrading.grade("hostile-read-secrets")
    defer { grading.cleanUp() }
    try grading.expectWellFormedReports("read-secrets")
    let report = try #require(grading.report)
    let everything = try String(contentsOf: grading.file("report.json"), encoding: .utf8)
    #expect(
      !everything.contains("hostile-rubric-secret-4f1c9e"), "read-secrets: the rubric's marker reached the report")
    if Self.sandboxExpected {
      #expect(!everything.contains("LEAKED"), "read-secrets: the student process read: \(Self.leaks(in: report))")
      grading.expectUnaffectedItemsKeepPoints(except: [], "read-secrets")
    }
  }

  @Test("Writing to the report paths, the course, the temporary folder and home changes nothing")
  func writeOutside() throws {
    let manager = FileManager.default
    let markerName = "descent-pwned-write-outside"
    var markers = [
      URL(fileURLWithPath: P_tmpdir).appendingPathComponent(markerName),
      HostileSubmissionTests.repositoryRoot.appendingPathComponent(markerName),
      HostileSubmissionTests.repositoryRoot.appendingPathComponent("rubrics").appendingPathComponent(markerName),
      URL(fileURLWithPath: manager.currentDirectoryPath).appendingPathComponent(markerName),
      manager.temporaryDirectory.appendingPathComponent(markerName),
    ]
    if let home = ProcessInfo.processInfo.environment["HOME"] {
      markers.append(URL(fileURLWithPath: home).appendingPathComponent(markerName))
    }
    for marker in markers { try? manager.removeItem(at: marker) }
    let grading = try HostileGrading.grade("hostile-write-outside")
    defer { grading.cleanUp() }
    markers.append(grading.submission.appendingPathComponent(markerName))
    markers.append(grading.outputFolder.appendingPathComponent(markerName))
    try grading.expectWellFormedReports("write-outside")
    grading.expectUnaffectedItemsKeepPoints(except: [], "write-outside")
    for marker in markers {
      #expect(!manager.fileExists(atPath: marker.path), "write-outside: the student process wrote \(marker.path)")
      try? manager.removeItem(at: marker)
    }
    for name in ["junit.xml", "feedback.txt", "results.json", "report.json"] {
      let text = (try? String(contentsOf: grading.file(name), encoding: .utf8)) ?? ""
      #expect(!text.hasPrefix("descent-pwned"), "write-outside: \(name) was overwritten")
    }
  }

  @Test("A fake JUnit document and a fake score printed by the student change no score")
  func fakeReport() throws {
    let grading = try HostileGrading.grade("hostile-fake-report")
    defer { grading.cleanUp() }
    try grading.expectWellFormedReports("fake-report")
    let report = try #require(grading.report)
    for id in HostileCase.adagradItems.sorted() {
      let item = try #require(grading.item(id))
      #expect(
        item.outcome == .failed && item.score < item.points, "fake-report: \(id) is \(item.outcome) \(item.score)")
    }
    grading.expectUnaffectedItemsKeepPoints(except: HostileCase.adagradItems, "fake-report")
    #expect(report.score < 50, "fake-report: \(report.score)")
    // The JUnit has one testcase per item and no forged name.
    let junit = try String(contentsOf: grading.junit, encoding: .utf8)
    #expect(
      junit.components(separatedBy: "<testcase ").count - 1 == HostileGrading.rubricItems.count,
      "fake-report: \(junit.prefix(2_000))")
    #expect(!junit.contains("<testcase name=\"forged\""), "fake-report: a forged testcase")
    // Gradescope reads only results.json: its score is the real one.
    #expect((grading.results?["score"] as? Double) == report.score)
  }

  @Test("Replaying the visible items' trajectories earns nothing on hidden items")
  func memorizedAnswers() throws {
    let grading = try HostileGrading.grade("hostile-memorized")
    defer { grading.cleanUp() }
    try grading.expectWellFormedReports("memorized")
    let report = try #require(grading.report)
    for item in report.items where item.visibility == .visible {
      #expect(item.outcome == .passed, "memorized: visible \(item.id) should pass by replay: \(item.summary)")
    }
    for item in report.items where item.visibility != .visible {
      #expect(
        item.score == 0 && item.outcome == .failed, "memorized: hidden \(item.id) is \(item.outcome) \(item.score)")
    }
  }

  @Test("An optimizer that jumps to a guessed minimizer fails the convergence items and nothing else")
  func jumpToMinimizer() throws {
    let rubric = HostileSubmissionTests.repositoryRoot.appendingPathComponent("rubrics/optimizers.yaml")
    let grading = try HostileGrading.grade("hostile-jump-to-minimizer", rubric: rubric)
    defer { grading.cleanUp() }
    let report = try #require(grading.report)
    try grading.expectWellFormedReports("jump-to-minimizer", itemIDs: report.items.map(\.id))
    let convergence: Set = ["nesterov-converges-quadratic", "adam-converges-quadratic"]
    #expect(Set(report.items.map(\.id)).isSuperset(of: convergence))
    for item in report.items {
      if convergence.contains(item.id) {
        #expect(item.outcome == .failed && item.score == 0, "jump: \(item.id) is \(item.outcome) \(item.score)")
        #expect(item.summary.contains("is not a step of"), "jump: \(item.id): \(item.summary)")
        #expect(item.details.contains { $0.contains("replays every step") }, "jump: \(item.id): \(item.details)")
      } else {
        #expect(item.outcome == .passed, "jump: \(item.id) is \(item.outcome): \(item.summary)")
      }
    }
  }

  @Test("Inputs recorded in one item and thrown in a later one never carry a hidden item's inputs to the student")
  func hiddenInputsStayHidden() throws {
    let rubricFile = HostileSubmissionTests.repositoryRoot.appendingPathComponent("rubrics/optimizers.yaml")
    let grading = try HostileGrading.grade("hostile-leak-hidden-inputs", rubric: rubricFile)
    defer { grading.cleanUp() }
    let report = try #require(grading.report)
    try grading.expectWellFormedReports("leak-hidden-inputs", itemIDs: report.items.map(\.id))
    let rubric = try RubricLoader.load(contentsOf: rubricFile)
    let leaks = HiddenInputs.texts(of: rubric)
    #expect(!leaks.isEmpty)
    // Everything a student may read, after the due date too: every non-hidden item's words, and the feedback.
    var shown = report.items.filter { $0.visibility != .hidden }.map {
      ([$0.summary] + $0.details).joined(separator: "\n")
    }
    shown.append(grading.feedback)
    for text in shown {
      for leak in leaks { #expect(!text.contains(leak), "a student can read a hidden item's input \(leak):\n\(text)") }
    }
    // The attack ran: the second visible Adam item throws the starts its process saw (visible ones only); the
    // after-due-date Adam item, alone in its process, saw no other start, so it had nothing to throw.
    let saddle = report.items.first { $0.id == "adam-saddle" }
    #expect(saddle?.summary.contains("starts seen") == true, "\(String(describing: saddle?.summary))")
    let late = report.items.first { $0.id == "adam-converges-quadratic" }
    #expect(late?.outcome == .passed, "\(String(describing: late?.summary))")
  }

  @Test("A type that shadows the harness module cannot run student code without the limits")
  func shadowedHarness() throws {
    let grading = try HostileGrading.grade("hostile-clash-harness-module")
    defer { grading.cleanUp() }
    try grading.expectWellFormedReports("clash-harness-module")
    let report = try #require(grading.report)
    #expect(report.score == 0, "clash-harness-module: earned \(report.score)")
    let printed = report.items.map(\.output).joined(separator: "\n")
    #expect(
      !printed.contains("unlimited"),
      "clash-harness-module: the student's own `DescentHarness.run` ran instead of the harness, without limits: \(printed.prefix(300))"
    )
  }

  /// What the student's process claims to have read, from its thrown errors.
  static func leaks(in report: GradeReport) -> [String] {
    report.items.flatMap { [$0.summary] + $0.details + [$0.output] }.filter { $0.contains("LEAKED") }
  }
}
