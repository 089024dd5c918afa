import DescentEngine
import DescentTestSupport
import Foundation
import Testing

/// `descent package prairielearn`, the second grading platform beside
/// Gradescope: its run_grader run in a fake `/grade` tree with the built
/// `descent`, and PrairieLearn's results.json checked field by field.
@Suite("PrairieLearn external grader")
struct GradescopePrairieLearnTests {
  @Test("run_grader grades /grade/student and writes PrairieLearn's results.json")
  func runGrader() throws {
    let root = try KitCourse.temporaryFolder("prairielearn")
    defer { try? FileManager.default.removeItem(at: root) }
    let grader = root.appendingPathComponent("grader")
    let written = try DescentExecutable.run(
      [
        "package", "prairielearn", "--assignment", KitCourse.assignment, "--out", grader.path, "--course",
        KitCourse.root.path,
      ])
    try #require(written.status == 0, "\(written)")
    for file in ["Dockerfile", "README.md", "engine/Package.swift", "course/rubrics/\(KitCourse.assignment).yaml"] {
      #expect(FileManager.default.fileExists(atPath: grader.appendingPathComponent(file).path), "no \(file)")
    }
    #expect(FileManager.default.isExecutableFile(atPath: grader.appendingPathComponent("run_grader").path))
    #expect(
      !FileManager.default.fileExists(
        atPath: grader.appendingPathComponent("course/assignments/\(KitCourse.assignment)/solution").path))

    let student = root.appendingPathComponent("student")
    try FileManager.default.copyItem(at: GradescopeAutograderTests.submission, to: student)
    let run = try KitCourse.shell(
      "grader/run_grader", in: root,
      environment: [
        AutograderLayout.rootVariable: root.path,
        AutograderLayout.executableVariable: try DescentExecutable.url().path,
      ], timeout: .seconds(600))
    #expect(run.status == 0, "\(run)")
    let data = try Data(contentsOf: root.appendingPathComponent("results/results.json"))
    let results = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])

    let rubric = try RubricLoader.load(contentsOf: KitCourse.rubric)
    #expect(results["gradable"] as? Bool == true, "\(results)")
    let score = try #require(GradescopeAutograderTests.number(results["score"]), "no score")
    #expect(score > 0 && score < 1, "score \(score) should be a fraction strictly between 0 and 1 here")
    #expect(results["message"] is String && results["output"] is String)
    let tests = try #require(results["tests"] as? [[String: Any]])
    let visible = rubric.items.filter { $0.visibility == .visible }
    try #require(tests.count == visible.count + 1, "one test per visible item and one for the hidden ones")
    var earned = 0.0
    for (test, item) in zip(tests, visible) {
      #expect((test["name"] as? String)?.contains(item.id) == true, "\(test)")
      let points = try #require(GradescopeAutograderTests.number(test["points"]), "\(item.id): no points")
      let maximum = try #require(GradescopeAutograderTests.number(test["max_points"]), "\(item.id): no max_points")
      #expect(abs(maximum - item.points) < 1e-12 && points >= 0 && points <= maximum + 1e-12, "\(item.id)")
      #expect(test["output"] is String, "\(item.id): no output")
      #expect(
        ["passed", "failed"].contains(test["message"] as? String ?? ""),
        "\(item.id): message \(String(describing: test["message"]))")
      earned += points
    }
    let withheld = try #require(tests.last)
    let hiddenCount = rubric.items.count - visible.count
    #expect(withheld["name"] as? String == "\(hiddenCount) hidden items", "\(withheld)")
    earned += try #require(GradescopeAutograderTests.number(withheld["points"]))
    let text = String(decoding: data, as: UTF8.self)
    for leak in HiddenInputs.texts(of: rubric) {
      #expect(!text.contains(leak), "PrairieLearn's results show a hidden item's input: \(leak)")
    }
    for item in rubric.items where item.visibility != .visible {
      #expect(!text.contains("\(item.id):"), "PrairieLearn's results name the hidden item \(item.id)")
      if let hint = item.hint { #expect(!text.contains(hint), "PrairieLearn's results show \(item.id)'s hint") }
    }
    #expect(abs(score - earned / rubric.maxScore) < 1e-9, "score \(score) is not \(earned) / \(rubric.maxScore)")
  }

  @Test("no student-facing output of descent grade holds a hidden item's inputs")
  func studentOutputsWithholdHiddenInputs() throws {
    let root = try KitCourse.temporaryFolder("student-outputs")
    defer { try? FileManager.default.removeItem(at: root) }
    let outputs = ["feedback.txt", "feedback.md"].map { root.appendingPathComponent($0).path }
    let run = try DescentExecutable.run(
      [
        "grade", "--assignment", KitCourse.assignment, "--course", KitCourse.root.path, "--submission",
        GradescopeAutograderTests.submission.path, "--audience", "student", "--feedback", outputs[0], "--markdown",
        outputs[1],
      ], timeout: .seconds(600))
    try #require(run.status == 0, "\(run)")
    let rubric = try RubricLoader.load(contentsOf: KitCourse.rubric)
    let leaks = HiddenInputs.texts(of: rubric)
    #expect(!leaks.isEmpty)
    for path in outputs {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      #expect(text.contains("hidden"), "\(path) says nothing of hidden items")
      for leak in leaks { #expect(!text.contains(leak), "\(path) shows a hidden item's input: \(leak)") }
    }
  }

  @Test("a grader that cannot run is not gradable: no score, and run_grader exits non-zero")
  func graderUnavailable() throws {
    let root = try KitCourse.temporaryFolder("prairielearn-broken")
    defer { try? FileManager.default.removeItem(at: root) }
    let grader = root.appendingPathComponent("grader")
    let written = try DescentExecutable.run(
      [
        "package", "prairielearn", "--assignment", KitCourse.assignment, "--out", grader.path, "--course",
        KitCourse.root.path,
      ])
    try #require(written.status == 0, "\(written)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("student"), withIntermediateDirectories: true)
    let run = try KitCourse.shell(
      "grader/run_grader", in: root,
      environment: [
        AutograderLayout.rootVariable: root.path, AutograderLayout.executableVariable: "/nonexistent/descent",
      ])
    #expect(run.status != 0, "\(run)")
    let data = try Data(contentsOf: root.appendingPathComponent("results/results.json"))
    let results = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(results["gradable"] as? Bool == false, "\(results)")
    #expect(results["score"] == nil, "\(results)")
  }
}
