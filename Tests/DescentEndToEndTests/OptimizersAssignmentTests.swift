import DescentReports
import Foundation
import Testing

/// The first assignment end to end through the built `descent grade`: the
/// solution, the starter, and every sample submission under Submissions/,
/// each graded once per test run (see ``GradedSubmissions``).
@Suite("Optimizers assignment, end to end")
struct OptimizersAssignmentTests {
  @Test("the instructor's solution earns 100 / 100 with every item passing")
  func solution() async throws {
    let graded = try await GradedSubmissions.shared.graded(OptimizersCourse.solution)
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

  @Test("the untouched starter earns 0, every item an error saying what is not implemented")
  func starter() async throws {
    let graded = try await GradedSubmissions.shared.graded(OptimizersCourse.starter)
    let report = graded.report
    #expect(report.build.succeeded, "the starter must compile: \(report.build.diagnostics)")
    #expect(report.score == 0)
    for item in report.items {
      #expect(item.outcome == .error, "\(item.id): \(item.outcome) \(item.summary)")
      #expect(item.summary.contains("not implemented"), "\(item.id): \(item.summary)")
      #expect(!item.summary.contains("crashed"), "\(item.id): \(item.summary)")
    }
  }

  @Test("each sample submission earns what its expected.yaml says", arguments: OptimizersCourse.sampleNames)
  func sample(_ name: String) async throws {
    let fixture = SubmissionFixtures.cases.appendingPathComponent(name)
    let expectation = try OptimizersAssignmentExpectation.load(from: fixture)
    let rubric = expectation.rubric.map { fixture.appendingPathComponent($0) }
    let graded = try await GradedSubmissions.shared.graded(try OptimizersCourse.submission(name), rubric: rubric)
    let problems = expectation.mismatches(in: graded.report, feedbackText: graded.feedback)
    let context = "\(name) (\(expectation.description))"
    let unexpected = problems.filter { $0.knownIssue == nil }.map(\.problem)
    #expect(
      unexpected.isEmpty,
      "\(context):\n\(unexpected.joined(separator: "\n"))\n--- feedback:\n\(graded.feedback)")
    for (problem, knownIssue) in problems {
      guard let knownIssue else { continue }
      withKnownIssue(Comment(rawValue: knownIssue)) { Issue.record("\(context): \(problem)") }
    }
  }

  @Test("the samples cover every classic mistake, a build failure, a crash, a loop and a partial submission")
  func samplesPresent() {
    let names = Set(OptimizersCourse.sampleNames)
    for required in [
      "optimizers-compile-error", "optimizers-crash-in-adagrad", "optimizers-loop-in-rmsprop", "optimizers-partial",
      "optimizers-solution-velocity-form", "optimizers-adam-no-bias-correction",
      "optimizers-adamw-coupled-weight-decay",
    ] {
      #expect(names.contains(required), "missing Submissions/\(required)/expected.yaml")
    }
    #expect(names.count >= 15, "\(names.sorted())")
  }

  @Test("a build failure is an error on every item, with the compiler's file:line in feedback and JUnit")
  func compileError() async throws {
    let graded = try await GradedSubmissions.shared.graded(OptimizersCourse.submission("optimizers-compile-error"))
    #expect(!graded.report.build.succeeded)
    #expect(graded.report.build.diagnostics.contains("Adam.swift:53"), "\(graded.report.build.diagnostics)")
    let junit = String(decoding: graded.junit, as: UTF8.self)
    #expect(junit.components(separatedBy: "<error").count - 1 == graded.report.items.count, "\(junit.prefix(3000))")
    #expect(junit.contains("Adam.swift:53"), "\(junit.prefix(3000))")
  }

  @Test("grading a submission twice gives the same report and feedback, timings aside")
  func deterministic() async throws {
    // One submission with failures, named mistakes and partial credit: the most text that could vary.
    for folder in [try OptimizersCourse.submission("optimizers-adam-wrong-beta")] {
      let first = try await GradedSubmissions.shared.graded(folder)
      let second = try await GradedSubmissions.grade(folder)
      #expect(
        feedbackWithoutTimings(first.feedback) == feedbackWithoutTimings(second.feedback),
        "\(folder.lastPathComponent):\n\(first.feedback)\n---\n\(second.feedback)")
      #expect(
        reportWithoutTimings(first.report) == reportWithoutTimings(second.report),
        "\(folder.lastPathComponent): the reports differ beyond timings")
    }
  }
}

/// `report` with every `seconds` field zeroed: the only fields allowed to differ between two gradings.
private func reportWithoutTimings(_ report: GradeReport) -> GradeReport {
  var copy = report
  copy.seconds = 0
  copy.build.seconds = 0
  for index in copy.items.indices { copy.items[index].seconds = 0 }
  return copy
}
