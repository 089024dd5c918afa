import DescentReports
import DescentTestSupport
import Foundation
import Testing

/// A misuse of `descent grade` and words its one-line error must contain.
private struct Misuse: Sendable, CustomStringConvertible {
  var name: String
  var arguments: [String]
  var message: String
  var description: String { name }
}

private let course = CourseAssignment.root.path
private let solution = CourseAssignment.optimizers.solution.path

private let misuses: [Misuse] = [
  Misuse(
    name: "unknown assignment", arguments: ["--assignment", "optimiser", "--submission", solution, "--course", course],
    message: "unknown assignment 'optimiser' (available: "),
  Misuse(
    name: "missing folder",
    arguments: ["--assignment", "optimizers", "--submission", "/nonexistent/alice", "--course", course],
    message: "submission folder /nonexistent/alice does not exist"),
  Misuse(
    name: "a file for a folder",
    arguments: ["--assignment", "optimizers", "--submission", solution + "/Submission.swift", "--course", course],
    message: "is a file; pass the folder"),
  Misuse(
    name: "the course folder as the submission",
    arguments: ["--assignment", "optimizers", "--submission", course, "--course", course],
    message: "is the course folder, not a submission"),
  Misuse(
    name: "no --assignment", arguments: ["--submission", solution, "--course", course],
    message: "--assignment <name> is required"),
  Misuse(
    name: "no --submission", arguments: ["--assignment", "optimizers", "--course", course],
    message: "--submission <dir> is required"),
  Misuse(
    name: "unknown option",
    arguments: ["--assignment", "optimizers", "--submission", solution, "--course", course, "--junk", "x"],
    message: "unknown option or extra argument '--junk'"),
  Misuse(
    name: "not a course folder",
    arguments: ["--assignment", "optimizers", "--submission", solution, "--course", solution],
    message: "is not a course folder"),
  Misuse(
    name: "missing rubric file",
    arguments: ["--assignment", "optimizers", "--submission", solution, "--rubric", "/nonexistent/rubric.yaml"],
    message: "rubric file /nonexistent/rubric.yaml does not exist"),
  Misuse(
    name: "bad audience",
    arguments: ["--assignment", "optimizers", "--submission", solution, "--course", course, "--audience", "parents"],
    message: "--audience must be student or instructor"),
  Misuse(
    name: "a compile time limit of 0",
    arguments: [
      "--assignment", "optimizers", "--submission", solution, "--course", course, "--compile-time-limit", "0",
    ],
    message: "--compile-time-limit must be a number of seconds at least 1 and at most 3600, got 0"),
  Misuse(
    name: "a negative item time limit",
    arguments: ["--assignment", "optimizers", "--submission", solution, "--course", course, "--item-time-limit=-2"],
    message: "--item-time-limit must be a number of seconds above 0 and at most 3600, got -2"),
  Misuse(
    name: "an item time limit of a day",
    arguments: [
      "--assignment", "optimizers", "--submission", solution, "--course", course, "--item-time-limit", "86400",
    ],
    message: "--item-time-limit must be a number of seconds above 0 and at most 3600, got 86400"),
  Misuse(
    name: "a memory limit too small to start Swift",
    arguments: ["--assignment", "optimizers", "--submission", solution, "--course", course, "--memory-limit", "16"],
    message: "--memory-limit must be between 128 and 65536 MiB, got 16"),
  Misuse(
    name: "a memory limit that is not a number",
    arguments: ["--assignment", "optimizers", "--submission", solution, "--course", course, "--memory-limit", "lots"],
    message: "'lots' is invalid for '--memory-limit <MiB>'"),
]

@Suite("descent grade")
struct GradeCommandTests {
  @Test("misuse exits 2 with one line naming what is wrong", arguments: misuses)
  fileprivate func misuse(_ misuse: Misuse) throws {
    let result = try DescentExecutable.run(["grade"] + misuse.arguments)
    #expect(result.status == 2, "\(result)")
    #expect(result.standardErrorLines.count == 1, "\(result)")
    let line = result.standardErrorLines.first ?? ""
    #expect(line.hasPrefix("descent: error: "), "\(result)")
    #expect(line.contains(misuse.message), "\(misuse.name): \(line)")
    #expect(result.standardOutput.isEmpty, "\(result)")
  }

  @Test("a malformed rubric exits 2 naming its file and line")
  func badRubric() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-rubric-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let rubric = folder.appendingPathComponent("broken.yaml")
    try """
    assignment: optimizers
    title: "Broken"
    items:
      - id: sgd-quadratic
        points: 2
        visibility: visible
        check:
          kind: trajectory
          optimizer: sgd
          problem: {name: quadratic, dimension: 2}
          start: [1.0, 1.0]
          steps: "two hundred"
    """.write(to: rubric, atomically: true, encoding: .utf8)
    let result = try DescentExecutable.run(
      ["grade", "--assignment", "optimizers", "--submission", solution, "--rubric", rubric.path])
    #expect(result.status == 2, "\(result)")
    #expect(result.standardErrorLines.count == 1, "\(result)")
    #expect(result.standardError.contains("\(rubric.path):12: "), "\(result)")
    #expect(result.standardError.contains("steps"), "\(result)")
  }

  @Test("a rubric of another assignment is misuse")
  func rubricOfAnotherAssignment() throws {
    let result = try DescentExecutable.run(
      [
        "grade", "--assignment", "adam", "--submission", solution, "--rubric",
        CourseAssignment.root.appendingPathComponent("rubrics/optimizers.yaml").path,
      ])
    #expect(result.status == 2, "\(result)")
    #expect(result.standardError.contains("is the rubric of assignment 'optimizers', not 'adam'"), "\(result)")
  }

  @Test("--help explains the exit statuses and gives an example")
  func help() throws {
    let result = try DescentExecutable.run(["grade", "--help"])
    #expect(result.status == 0, "\(result)")
    for text in [
      "descent grade --assignment optimizers --submission submissions/alice", "--results-json", "--junit",
      "Exit status: 0 once the submission is graded", "--compile-time-limit <seconds>",
      "--item-time-limit only lowers those above it", "--memory-limit <MiB>",
    ] {
      #expect(result.standardOutput.contains(text), "missing '\(text)':\n\(result.standardOutput)")
    }
  }

  @Test("--item-time-limit lowers the rubric's 2 s limit and --memory-limit reaches the student's process")
  func limits() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-limits-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let reportFile = folder.appendingPathComponent("report.json")
    let result = try DescentExecutable.run(
      [
        "grade", "--assignment", "optimizers", "--submission",
        CourseAssignment.submission("optimizers-loop-in-rmsprop").path, "--course", course, "--report-json",
        reportFile.path, "--item-time-limit", "1", "--memory-limit", "2048", "--compile-time-limit", "300",
      ], timeout: .seconds(120))
    #expect(result.status == 0, "\(result)")
    let report = try JSONDecoder().decode(GradeReport.self, from: Data(contentsOf: reportFile))
    #expect(report.isolation.contains("limits: 2 GiB"), "\(report.isolation)")
    let rmsprop = report.items.filter { $0.id.hasPrefix("rmsprop") }
    #expect(!rmsprop.isEmpty)
    for item in rmsprop {
      #expect(item.outcome == .error && item.summary == "timed out after 1 s in rmsprop", "\(item.id): \(item.summary)")
    }
  }

  @Test("without --feedback the feedback goes to standard output; a build failure still exits 0")
  func feedbackOnStandardOutput() throws {
    let result = try DescentExecutable.run(
      [
        "grade", "--assignment", "optimizers", "--submission",
        CourseAssignment.submission("optimizers-compile-error").path, "--course", course,
      ], timeout: .seconds(120))
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.hasPrefix("optimizers: optimizers-compile-error\n"), "\(result)")
    #expect(result.standardOutput.contains("The submission did not compile"), "\(result)")
    #expect(result.standardOutput.contains("Score: 0 / 100 points"), "\(result)")
  }

  @Test(
    "the JUnit XML of a pass, a build failure and a crash validates against every schema",
    .enabled(if: JUnitSchemas.isAvailable, "needs ../shared/junit-xsd and xmllint"),
    arguments: ["solution", "optimizers-compile-error", "optimizers-crash-in-adagrad"])
  func junitValidates(_ name: String) async throws {
    let folder = try name == "solution" ? CourseAssignment.optimizers.solution : CourseAssignment.submission(name)
    let graded = try await GradedSubmissions.shared.graded(folder)
    for schema in JUnitSchemas.names {
      let problems = try JUnitSchemas.problems(graded.junit, schema: schema)
      #expect(problems == nil, "\(name) against \(schema): \(problems ?? "")")
    }
    let document = String(decoding: graded.junit, as: UTF8.self)
    #expect(document.components(separatedBy: "<testcase ").count - 1 == graded.report.items.count)
  }

  @Test("results.json holds one test per rubric item and the same total")
  func resultsJSON() async throws {
    let graded = try await GradedSubmissions.shared.graded(CourseAssignment.submission("optimizers-partial"))
    let document = try JSONDecoder().decode(GradescopeResults.Document.self, from: graded.resultsJSON)
    #expect(document.tests.count == graded.report.items.count)
    #expect(abs(document.score - graded.report.score) < 1e-9, "\(document.score) vs \(graded.report.score)")
  }
}
