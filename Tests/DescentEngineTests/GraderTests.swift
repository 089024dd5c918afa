import DescentReports
import DescentWire
import Foundation
import Testing

@testable import DescentEngine

/// An executor with canned answers that remembers every call, so tests can
/// see exactly what would have reached the student's process.
final class RecordingExecutor: SubmissionExecutor, @unchecked Sendable {
  let compiles: Bool
  let answer: @Sendable (HarnessRequest) -> RunOutcome
  private let lock = NSLock()
  private var _runCalls: [[HarnessRequest]] = []

  var runCalls: [[HarnessRequest]] { lock.withLock { _runCalls } }
  var isolationSummary: String { "test executor: nothing contained" }

  init(compiles: Bool = true, answer: @escaping @Sendable (HarnessRequest) -> RunOutcome) {
    self.compiles = compiles
    self.answer = answer
  }

  func compile(submissionAt folder: URL) async throws -> CompilationOutcome<String> {
    compiles
      ? .compiled("program", diagnostics: "", seconds: 0.1)
      : .failed(diagnostics: "Optimizers.swift:3:1: error: expected declaration", seconds: 0.1)
  }

  func run(_ requests: [GradingPlan.PlannedRequest], in program: String) async -> [RunRecord] {
    lock.withLock { _runCalls.append(requests.map(\.request)) }
    return requests.map { planned in
      RunRecord(
        request: planned.request, outcome: answer(planned.request), duration: .milliseconds(10),
        output: CapturedOutput(standardOutput: "request \(planned.request.id)"))
    }
  }
}

private let rubric = Rubric(
  assignment: "optimizers", title: "Optimizers",
  items: [
    CheckFixtures.item("visible-trajectory", CheckFixtures.trajectory(), points: 4),
    CheckFixtures.item(
      "hidden-gradient", CheckFixtures.gradient(points: [[7.25, -7.5]]), points: 3, visibility: .hidden),
    CheckFixtures.item("visible-value", CheckFixtures.value(), points: 2),
    CheckFixtures.item(
      "late-convergence", CheckFixtures.convergence(), points: 1, visibility: .afterDueDate),
  ],
  source: "rubrics/optimizers.yaml")

private let submission = URL(fileURLWithPath: "/submissions/alice")

@Suite("Grader")
struct GraderTests {
  @Test("a self-check never sends hidden or after-due-date items to the student's process")
  func selfCheckSendsOnlyVisibleItems() async throws {
    let executor = RecordingExecutor { _ in .timedOut(limit: .seconds(2)) }
    let report = try await Grader(executor: executor).grade(
      submissionAt: submission, rubric: rubric, scope: .visibleOnly)
    #expect(executor.runCalls.count == 1, "one runner call for all items")
    let sent = executor.runCalls.flatMap { $0 }
    #expect(sent.map(\.task.target) == ["adam", "himmelblau"])
    let encoded = String(decoding: try JSONEncoder().encode(sent), as: UTF8.self)
    #expect(!encoded.contains("7.25"), "the hidden item's points must not leave the engine")
    #expect(!encoded.contains("paraboloid"))
    #expect(report.items.map(\.outcome) == [.error, .skipped, .error, .skipped])
    #expect(report.items[1].score == 0)
    #expect(report.items[3].summary == "graded after the due date")
    #expect(report.scope == .visibleOnly)
    #expect(report.maxScore == 10)
    #expect(report.gradedMaxScore == 6)
  }

  @Test("a full grade sends every item: visible ones first, then after the due date, hidden ones last; ids from 1")
  func fullGradeSendsEverything() async throws {
    let executor = RecordingExecutor { _ in .timedOut(limit: .seconds(2)) }
    let report = try await Grader(executor: executor).grade(submissionAt: submission, rubric: rubric, scope: .all)
    let sent = executor.runCalls.flatMap { $0 }
    #expect(sent.map(\.id) == Array(1...5))
    #expect(sent.map(\.task.target) == ["adam", "himmelblau", "sgd", "himmelblau", "himmelblau"])
    #expect(report.items.map(\.id) == rubric.items.map(\.id))
    #expect(report.items.allSatisfy { $0.outcome == .error })
    #expect(report.items[0].output == "request 1")
    #expect(report.items[1].output == "request 4\nrequest 5")
    #expect(report.items[2].output == "request 2")
    #expect(report.submission == "alice")
    #expect(report.isolation == "test executor: nothing contained")
  }

  @Test("a submission that does not compile: every graded item an error, diagnostics in the build summary")
  func compileFailure() async throws {
    let executor = RecordingExecutor(compiles: false) { _ in .notRun("unreachable") }
    let report = try await Grader(executor: executor).grade(submissionAt: submission, rubric: rubric, scope: .all)
    #expect(executor.runCalls.isEmpty)
    #expect(!report.build.succeeded)
    #expect(report.build.diagnostics == "Optimizers.swift:3:1: error: expected declaration")
    #expect(report.items.allSatisfy { $0.outcome == .error && $0.summary == "the submission did not compile" })
    #expect(report.score == 0)
    let selfCheck = try await Grader(executor: executor).grade(
      submissionAt: submission, rubric: rubric, scope: .visibleOnly)
    #expect(selfCheck.items.map(\.outcome) == [.error, .skipped, .error, .skipped])
  }

  @Test("grading the same submission twice gives equal reports apart from seconds")
  func deterministic() async throws {
    let executor = RecordingExecutor { request in
      request.id.isMultiple(of: 2)
        ? .crashed(CrashReport(message: "Fatal error", location: "A.swift:1")) : .timedOut(limit: .seconds(2))
    }
    func normalized(_ report: GradeReport) -> GradeReport {
      var report = report
      report.seconds = 0
      for index in report.items.indices { report.items[index].seconds = 0 }
      return report
    }
    let first = try await Grader(executor: executor).grade(submissionAt: submission, rubric: rubric, scope: .all)
    let second = try await Grader(executor: executor).grade(submissionAt: submission, rubric: rubric, scope: .all)
    #expect(normalized(first) == normalized(second))
  }

  @Test("records lost by the runner count as not run")
  func lostRecords() {
    let plan = GradingPlan(rubric: rubric, scope: .all)
    let results = plan.results(from: [])
    #expect(results.allSatisfy { $0.outcome == .error })
    #expect(results[0].summary == "not run: the grader lost this request's record; tell your instructor")
  }
}
