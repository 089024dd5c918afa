import DescentReports
import Foundation
import Testing

/// A hand-made class of five graded students (items a, b, c worth 5 each)
/// and one the grader failed on; every figure below is worked out by hand.
private let bias = NamedMistake(id: "adam-no-bias-correction", title: "No bias correction", fix: "Divide by 1 - β^t.")
private let sign = NamedMistake(id: "momentum-sign-flipped", title: "Momentum sign flipped", fix: "Subtract.")
private let classReport = ClassReport(
  assignment: "optimizers",
  reports: [
    BatchFixtures.report("ann", scores: ["a": 5, "b": 5, "c": 5]),
    BatchFixtures.report("ben", scores: ["a": 5], mistakes: ["b": bias]),
    BatchFixtures.report("cat", scores: [:], compiled: false, errors: ["a", "b", "c"]),
    BatchFixtures.report("dan", scores: ["a": 5, "b": 2.5], mistakes: ["b": bias, "c": sign]),
    BatchFixtures.report("eve", scores: ["a": 5, "c": 5], mistakes: ["b": bias]),
  ],
  graderFailures: [ClassReport.StudentFailure(student: "fay", message: "scratch space is full")])

@Suite("Class report")
struct ClassReportTests {
  @Test("counts, mean, median and range of the totals 15, 5, 0, 7.5, 10")
  func scores() {
    #expect(classReport.studentCount == 6)
    #expect(classReport.gradedCount == 5)
    #expect(classReport.maxScore == 15)
    #expect(classReport.scores == ClassReport.ScoreSummary(mean: 7.5, median: 7.5, minimum: 0, maximum: 15))
  }

  @Test("ten fixed bins of 1.5 points; the maximum falls in the last")
  func histogram() {
    #expect(classReport.histogram.map(\.count) == [1, 0, 0, 1, 0, 1, 1, 0, 0, 1])
    #expect(classReport.histogram.first?.low == 0)
    #expect(classReport.histogram.last?.high == 15)
  }

  @Test("each item's pass rate, outcomes and mean score")
  func items() {
    let byID = Dictionary(uniqueKeysWithValues: classReport.items.map { ($0.id, $0) })
    #expect(classReport.items.map(\.id) == ["a", "b", "c"])
    #expect(byID["a"].map { [$0.passed, $0.failed, $0.errored] } == [4, 0, 1])
    #expect(byID["b"].map { [$0.passed, $0.failed, $0.errored] } == [1, 3, 1])
    #expect(byID["c"].map { [$0.passed, $0.failed, $0.errored] } == [2, 2, 1])
    #expect(byID["a"]?.passRate == 0.8)
    #expect(byID["b"]?.passRate == 0.2)
    #expect(byID["b"]?.meanScore == 1.5)
    #expect(byID["c"]?.meanScore == 2)
  }

  @Test("named mistakes, most frequent first, with who made them and where")
  func mistakes() {
    #expect(classReport.mistakes.map(\.id) == ["adam-no-bias-correction", "momentum-sign-flipped"])
    #expect(classReport.mistakes[0].students == ["ben", "dan", "eve"])
    #expect(classReport.mistakes[0].items == ["b"])
    #expect(classReport.mistakes[1].students == ["dan"])
  }

  @Test("build failures and grader failures are listed by student")
  func failures() {
    #expect(classReport.buildFailures == ["cat"])
    #expect(classReport.graderFailures.map(\.student) == ["fay"])
  }

  @Test("an empty class gives zeros, not a division by zero")
  func emptyClass() {
    let empty = ClassReport(assignment: "optimizers", reports: [], itemOrder: [("a", "A", 5)])
    #expect(empty.scores == ClassReport.ScoreSummary(mean: 0, median: 0, minimum: 0, maximum: 0))
    #expect(empty.items.first?.passRate == 0)
    #expect(empty.histogram.map(\.count) == Array(repeating: 0, count: 10))
  }

  @Test("JSON has snake_case keys and round-trips")
  func json() throws {
    let data = try classReport.jsonData()
    let text = String(decoding: data, as: UTF8.self)
    for key in ["\"pass_rate\"", "\"build_failures\"", "\"grader_failures\"", "\"max_score\""] {
      #expect(text.contains(key), "missing \(key)")
    }
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    #expect(try decoder.decode(ClassReport.self, from: data) == classReport)
  }

  @Test("Markdown shows pass rates, the mistakes with their students, and escapes student ids")
  func markdown() {
    let text = ClassReportMarkdown(report: classReport).text
    #expect(text.contains("| `b` Item b | 5 | 20% | 1 | 3 | 1 | 1.5 |"), "\(text)")
    #expect(text.contains("| **No bias correction** (`adam-no-bias-correction`) | 3 | `b` | ben, dan, eve |"))
    #expect(text.contains("Mean 7.5 / 15, median 7.5, lowest 0, highest 15."))
    #expect(text.contains("1: cat"))
    #expect(text.contains("- fay: scratch space is full"))
    let hostile = ClassReport(
      assignment: "optimizers", reports: [BatchFixtures.report("x|y\n# z", scores: [:], compiled: false)])
    let hostileText = ClassReportMarkdown(report: hostile).text
    #expect(hostileText.contains("x\\|y \\# z"), "\(hostileText)")
  }
}
