import DescentReports
import DescentTestSupport
import Foundation
import Testing

/// One assignment of this repository's course: a folder under
/// `assignments/` with its solution and starter, its rubric, and the sample
/// submissions under Submissions/ named after it (`<name>-<case>`, each with
/// its expected.yaml and committed as its changes to the solution: see
/// ``SubmissionFixtures``).
struct CourseAssignment: Sendable, Hashable, CustomTestStringConvertible {
  /// The assignment's name (`optimizers`).
  var name: String

  /// The repository's root: it holds rubrics/ and assignments/.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The first assignment, which the hostile corpus and the delivery tests use.
  static let optimizers = CourseAssignment(name: "optimizers")

  /// Every folder under assignments/, sorted by name.
  static var all: [CourseAssignment] {
    let folder = root.appendingPathComponent("assignments")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map(CourseAssignment.init)
  }

  /// The assignment a sample or hostile case belongs to: the longest
  /// assignment name that prefixes the case's, else `optimizers` (the
  /// hostile corpus changes its solution).
  static func owning(case caseName: String) -> CourseAssignment {
    all.filter { caseName.hasPrefix("\($0.name)-") }.max { $0.name.count < $1.name.count } ?? .optimizers
  }

  /// The instructor's solution.
  var solution: URL { Self.root.appendingPathComponent("assignments/\(name)/solution") }
  /// The untouched starter code.
  var starter: URL { Self.root.appendingPathComponent("assignments/\(name)/starter") }
  /// The rubric.
  var rubric: URL { Self.root.appendingPathComponent("rubrics/\(name).yaml") }

  /// The sample submission called `name` (`optimizers-partial`), whole.
  static func submission(_ name: String) throws(SubmissionFixtureFailure) -> URL {
    try SubmissionFixtures.submission(name)
  }

  /// The names of this assignment's sample submissions that have an expected.yaml, sorted.
  var sampleNames: [String] {
    SubmissionFixtures.names.filter { caseName in
      Self.owning(case: caseName) == self && caseName.hasPrefix("\(name)-")
        && FileManager.default.fileExists(
          atPath: SubmissionFixtures.cases.appendingPathComponent("\(caseName)/expected.yaml").path)
    }
  }

  var testDescription: String { name }
}

/// One submission graded by `descent grade` with every report written.
struct GradedSubmission: Sendable {
  /// The run of `descent grade`.
  var run: ExecutionResult
  /// The report, read back from `--report-json`.
  var report: GradeReport
  /// The feedback text (`--feedback`).
  var feedback: String
  /// The JUnit XML (`--junit`).
  var junit: Data
  /// Gradescope's results.json (`--results-json`).
  var resultsJSON: Data
}

/// Grades each submission once per test run, whichever test asks first:
/// compiling is the slow part, and every test about a submission reads the
/// same reports. At most two gradings run at once (the machine has two cores
/// and each grading compiles).
actor GradedSubmissions {
  /// The cache every test shares.
  static let shared = GradedSubmissions()

  private var gradings: [String: Task<GradedSubmission, any Error>] = [:]
  private static let slots = DispatchSemaphore(value: 2)

  /// `folder` graded for `assignment` against `rubric` (the assignment's
  /// own when nil), every item counted.
  func graded(
    _ folder: URL, assignment: CourseAssignment = .optimizers, rubric: URL? = nil
  ) async throws -> GradedSubmission {
    let key = [folder.path, assignment.name, rubric?.path ?? ""].joined(separator: "\u{0}")
    if let existing = gradings[key] { return try await existing.value }
    let task = Task { try await Self.grade(folder, assignment: assignment, rubric: rubric) }
    gradings[key] = task
    return try await task.value
  }

  /// Grades `folder` afresh (no cache): for the test that grading twice gives the same feedback.
  static func grade(
    _ folder: URL, assignment: CourseAssignment = .optimizers, rubric: URL? = nil
  ) async throws -> GradedSubmission {
    try await withCheckedThrowingContinuation { continuation in
      DispatchQueue.global().async {
        slots.wait()
        defer { slots.signal() }
        continuation.resume(with: Result { try gradeNow(folder, assignment: assignment, rubric: rubric) })
      }
    }
  }

  private static func gradeNow(_ folder: URL, assignment: CourseAssignment, rubric: URL?) throws -> GradedSubmission {
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-e2e-\(folder.lastPathComponent)-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: output) }
    let file = { (name: String) in output.appendingPathComponent(name) }
    let run = try DescentExecutable.run(
      [
        "grade", "--assignment", assignment.name, "--submission", folder.path, "--course",
        CourseAssignment.root.path,
        "--report-json", file("report.json").path, "--feedback", file("feedback.txt").path,
        "--junit", file("out/junit.xml").path, "--results-json", file("results.json").path,
      ] + (rubric.map { ["--rubric", $0.path] } ?? []),
      timeout: .seconds(180))
    guard run.status == 0 else { throw GradingRunFailed(run: run) }
    let report = try JSONDecoder().decode(GradeReport.self, from: Data(contentsOf: file("report.json")))
    return GradedSubmission(
      run: run, report: report, feedback: try String(contentsOf: file("feedback.txt"), encoding: .utf8),
      junit: try Data(contentsOf: file("out/junit.xml")), resultsJSON: try Data(contentsOf: file("results.json")))
  }
}

/// `descent grade` did not exit 0.
struct GradingRunFailed: Error, CustomStringConvertible {
  /// The failed run.
  var run: ExecutionResult
  var description: String { "grading failed: \(run)" }
}

/// Feedback text with its timings masked: the rule for comparing two
/// gradings of one submission. Timings appear only as seconds with three
/// decimals ("Compiled in 0.512 s"); each such number becomes "#.###".
func feedbackWithoutTimings(_ text: String) -> String {
  text.replacingOccurrences(of: #"[0-9]+\.[0-9]{3} s"#, with: "#.### s", options: .regularExpression)
}
