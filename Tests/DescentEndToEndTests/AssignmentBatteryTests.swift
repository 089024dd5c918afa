import DescentEngine
import DescentReports
import DescentTestSupport
import Foundation
import Testing

/// The battery every assignment under assignments/ passes end to end, so
/// that a new assignment is tested by adding its folder, rubric and samples:
/// the solution earns full marks, the starter zero without crashing, each
/// sample what its expected.yaml says (every named mistake named), and every
/// delivery path (check, the kit's self-check, Gradescope, PrairieLearn,
/// batch) works for it.
@Suite("Every assignment, end to end")
struct AssignmentBatteryTests {
  /// Every sample of every assignment, with its assignment.
  static var samples: [Sample] {
    CourseAssignment.all.flatMap { assignment in assignment.sampleNames.map { Sample(assignment: assignment, name: $0) }
    }
  }

  /// One sample submission and the assignment it is graded for.
  struct Sample: Sendable, CustomTestStringConvertible {
    var assignment: CourseAssignment
    var name: String
    var testDescription: String { name }
  }

  @Test(
    "the course has the assignments the semester needs",
    arguments: ["optimizers", "gradient-descent", "linear-classifiers", "adaptive-optimizers"])
  func assignmentPresent(_ name: String) {
    #expect(CourseAssignment.all.contains(CourseAssignment(name: name)), "no assignments/\(name)")
  }

  @Test("the instructor's solution earns full marks with every item passing", arguments: CourseAssignment.all)
  func solution(_ assignment: CourseAssignment) async throws {
    let graded = try await GradedSubmissions.shared.graded(assignment.solution, assignment: assignment)
    let report = graded.report
    #expect(report.build.succeeded, "\(report.build.diagnostics)")
    #expect(report.maxScore == 100)
    #expect(report.score == 100, "\(graded.feedback)")
    for item in report.items {
      #expect(item.outcome == .passed, "\(item.id): \(item.outcome) \(item.summary)")
      #expect(item.mistake == nil, "\(item.id) names \(item.mistake?.id ?? "")")
    }
    #expect(graded.feedback.contains("Score: 100 / 100 points"), "\(graded.feedback)")
  }

  @Test(
    "the untouched starter compiles and earns 0, every item saying what is not implemented",
    arguments: CourseAssignment.all)
  func starter(_ assignment: CourseAssignment) async throws {
    let graded = try await GradedSubmissions.shared.graded(assignment.starter, assignment: assignment)
    let report = graded.report
    #expect(report.build.succeeded, "the starter must compile: \(report.build.diagnostics)")
    #expect(report.score == 0)
    for item in report.items {
      #expect(item.outcome == .error, "\(item.id): \(item.outcome) \(item.summary)")
      #expect(item.summary.contains("not implemented"), "\(item.id): \(item.summary)")
      #expect(!item.summary.contains("crashed"), "\(item.id): \(item.summary)")
    }
  }

  @Test("each sample submission earns what its expected.yaml says", arguments: samples)
  func sample(_ sample: Sample) async throws {
    let fixture = SubmissionFixtures.cases.appendingPathComponent(sample.name)
    let expectation = try SampleExpectation.load(from: fixture)
    let rubric = expectation.rubric.map { fixture.appendingPathComponent($0) }
    let graded = try await GradedSubmissions.shared.graded(
      try CourseAssignment.submission(sample.name), assignment: sample.assignment, rubric: rubric)
    let problems = expectation.mismatches(in: graded.report, feedbackText: graded.feedback)
    let context = "\(sample.name) (\(expectation.description))"
    let unexpected = problems.filter { $0.knownIssue == nil }.map(\.problem)
    #expect(
      unexpected.isEmpty,
      "\(context):\n\(unexpected.joined(separator: "\n"))\n--- feedback:\n\(graded.feedback)")
    for (problem, knownIssue) in problems {
      guard let knownIssue else { continue }
      withKnownIssue(Comment(rawValue: knownIssue)) { Issue.record("\(context): \(problem)") }
    }
  }

  @Test("each assignment's samples name at least six classic mistakes", arguments: CourseAssignment.all)
  func namedMistakes(_ assignment: CourseAssignment) throws {
    var named: Set<String> = []
    for name in assignment.sampleNames {
      let expectation = try SampleExpectation.load(from: SubmissionFixtures.cases.appendingPathComponent(name))
      named.formUnion(expectation.items.values.compactMap(\.mistake))
    }
    #expect(named.count >= 6, "\(assignment.name) names \(named.sorted())")
  }

  @Test("descent check passes the solution's visible items, exit 0", arguments: CourseAssignment.all)
  func check(_ assignment: CourseAssignment) throws {
    let result = try DescentExecutable.run(
      ["check", "--assignment", assignment.name, assignment.solution.path, "--course", CourseAssignment.root.path],
      environment: ["NO_COLOR": nil], timeout: .seconds(120))
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.contains("All visible items pass"), "\(result)")
  }

  @Test(
    "the kit's self-check passes the solution (exit 0) and fails the starter (exit 1)", arguments: CourseAssignment.all)
  func kitSelfCheck(_ assignment: CourseAssignment) async throws {
    let workspace = KitWorkspace.workspace(for: assignment)
    let solution = try await workspace.withKit(.solution) { kit in
      try KitCourse.shell("swift run --skip-build selfcheck", in: kit, timeout: .seconds(300))
    }
    #expect(solution.status == 0, "\(solution)")
    #expect(solution.standardOutput.contains("All visible items pass"), "\(solution)")
    let starter = try await workspace.withKit(.starter) { kit in
      try KitCourse.shell("swift run --skip-build selfcheck", in: kit, timeout: .seconds(300))
    }
    #expect(starter.status == 1, "\(starter)")
    #expect(starter.standardOutput.contains("not implemented"), "\(starter)")
  }

  @Test(
    "Gradescope's run_autograder and PrairieLearn's run_grader give the solution full marks",
    arguments: CourseAssignment.all)
  func platforms(_ assignment: CourseAssignment) throws {
    let root = try KitCourse.temporaryFolder("platforms-\(assignment.name)")
    defer { try? FileManager.default.removeItem(at: root) }
    let environment: [String: String?] = [
      AutograderLayout.rootVariable: root.path, AutograderLayout.executableVariable: try DescentExecutable.url().path,
      AutograderLayout.skipSetupVariable: "1",
    ]
    let zip = root.appendingPathComponent("autograder.zip")
    let packaged = try DescentExecutable.run(
      [
        "package", "gradescope", "--assignment", assignment.name, "--out", zip.path, "--course",
        CourseAssignment.root.path,
      ])
    try #require(packaged.status == 0, "\(packaged)")
    let source = root.appendingPathComponent("source")
    try PackageArchive.extract(zip, to: source)
    let setup = try KitCourse.shell("./setup.sh", in: source, environment: environment)
    try #require(setup.status == 0, "\(setup)")
    try FileManager.default.copyItem(at: assignment.solution, to: root.appendingPathComponent("submission"))
    let gradescope = try KitCourse.shell(
      "source/run_autograder", in: root, environment: environment, timeout: .seconds(600))
    #expect(gradescope.status == 0, "\(gradescope)")
    let results =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: root.appendingPathComponent("results/results.json"))) as? [String: Any]
    #expect(GradescopeAutograderTests.number(results?["score"]) == 100, "\(String(describing: results))")

    let grader = root.appendingPathComponent("grader")
    let written = try DescentExecutable.run(
      [
        "package", "prairielearn", "--assignment", assignment.name, "--out", grader.path, "--course",
        CourseAssignment.root.path,
      ])
    try #require(written.status == 0, "\(written)")
    try FileManager.default.copyItem(at: assignment.solution, to: root.appendingPathComponent("student"))
    let prairieLearn = try KitCourse.shell(
      "grader/run_grader", in: root, environment: environment, timeout: .seconds(600))
    #expect(prairieLearn.status == 0, "\(prairieLearn)")
    let graded =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: root.appendingPathComponent("results/results.json"))) as? [String: Any]
    #expect(GradescopeAutograderTests.number(graded?["score"]) == 1, "\(String(describing: graded))")
  }

  @Test("descent batch grades the solution 100 and the starter 0 into one gradebook", arguments: CourseAssignment.all)
  func batch(_ assignment: CourseAssignment) throws {
    let root = try KitCourse.temporaryFolder("battery-batch-\(assignment.name)")
    defer { try? FileManager.default.removeItem(at: root) }
    let submissions = root.appendingPathComponent("submissions")
    try FileManager.default.createDirectory(at: submissions, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: assignment.solution, to: submissions.appendingPathComponent("sol"))
    try FileManager.default.copyItem(at: assignment.starter, to: submissions.appendingPathComponent("starter"))
    let out = root.appendingPathComponent("out")
    let run = try DescentExecutable.run(
      [
        "batch", "--assignment", assignment.name, "--submissions", submissions.path, "--out", out.path, "--course",
        CourseAssignment.root.path,
      ], timeout: .seconds(600))
    #expect(run.status == 0, "\(run)")
    for (student, score) in [("sol", 100.0), ("starter", 0.0)] {
      let data = try Data(contentsOf: out.appendingPathComponent("students/\(student)/grade.json"))
      let record = try JSONDecoder().decode(StudentRecord.self, from: data)
      #expect(record.report?.score == score, "\(student): \(String(describing: record.report?.score))")
    }
  }
}
