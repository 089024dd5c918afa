import DescentReports
import Foundation
import Testing

/// What only the first assignment's samples show, through the built
/// `descent grade` (the battery every assignment passes is
/// ``AssignmentBatteryTests``): its required samples, a build failure's
/// diagnostics, and determinism.
@Suite("Optimizers assignment, end to end")
struct OptimizersAssignmentTests {
  @Test("the samples cover every classic mistake, a build failure, a crash, a loop and a partial submission")
  func samplesPresent() {
    let names = Set(CourseAssignment.optimizers.sampleNames)
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
    let graded = try await GradedSubmissions.shared.graded(CourseAssignment.submission("optimizers-compile-error"))
    #expect(!graded.report.build.succeeded)
    #expect(graded.report.build.diagnostics.contains("Adam.swift:53"), "\(graded.report.build.diagnostics)")
    let junit = String(decoding: graded.junit, as: UTF8.self)
    #expect(junit.components(separatedBy: "<error").count - 1 == graded.report.items.count, "\(junit.prefix(3000))")
    #expect(junit.contains("Adam.swift:53"), "\(junit.prefix(3000))")
  }

  @Test("grading a submission twice gives the same report and feedback, timings aside")
  func deterministic() async throws {
    // One submission with failures, named mistakes and partial credit: the most text that could vary.
    for folder in [try CourseAssignment.submission("optimizers-adam-wrong-beta")] {
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
