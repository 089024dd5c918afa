import DescentReports
import DescentTestSupport
import Foundation
import Testing

/// One `descent grade` of a hostile submission with the corpus's short
/// rubric, and what came out of it: the exit, the reports as files and as
/// values, and how long it took.
///
/// The submission is copied into a fresh temporary folder first (so that
/// nothing the grader or the student does can touch the committed fixture),
/// and every report is written into another fresh folder.
struct HostileGrading {
  /// The run of `descent`.
  var result: ExecutionResult
  /// Wall-clock seconds the grade took.
  var seconds: Double
  /// The folder the submission was graded from (a copy).
  var submission: URL
  /// The folder holding the reports.
  var outputFolder: URL
  /// The report, decoded from `--report-json`; nil when descent wrote none.
  var report: GradeReport?

  /// The feedback text, as written to `--feedback`.
  var feedback: String { (try? String(contentsOf: file("feedback.txt"), encoding: .utf8)) ?? "" }
  /// The JUnit document's path.
  var junit: URL { file("junit.xml") }
  /// Gradescope's results.json, parsed.
  var results: [String: Any]? {
    guard let data = try? Data(contentsOf: file("results.json")) else { return nil }
    return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
  }

  /// A report file's URL.
  func file(_ name: String) -> URL { outputFolder.appendingPathComponent(name) }

  /// An item's result by id.
  func item(_ id: String) -> ItemResult? { report?.items.first { $0.id == id } }

  /// The folder holding every fixture submission whole, one folder per
  /// case named as in Submissions/ (see ``SubmissionFixtures``).
  static var submissions: URL {
    get throws { try SubmissionFixtures.materialized }
  }

  /// The corpus's rubric: short runs, 1 s per item.
  static var rubric: URL {
    get throws { SubmissionFixtures.cases.appendingPathComponent("hostile-rubric/optimizers-short.yaml") }
  }

  /// The ids of every item of the corpus's rubric, in order, with their points.
  static let rubricItems: [(id: String, points: Double)] = [
    ("sgd-rosenbrock", 5), ("momentum-quadratic", 5), ("adagrad-rosenbrock", 5), ("rmsprop-rosenbrock", 5),
    ("adam-rosenbrock", 5), ("himmelblau-gradient", 5), ("styblinski-tang-gradient", 5), ("adagrad-quadratic", 5),
    ("nesterov-saddle", 5), ("adam-quadratic", 5),
  ]

  /// Copies the fixture `name` (or the folder `prepare` fills) into a fresh
  /// temporary folder and grades it.
  ///
  /// - Parameters:
  ///   - name: the fixture's folder under Submissions/ (graded whole: the
  ///     solution with the case's changes), or nil for an empty folder.
  ///   - prepare: edits the copy before grading (generated files).
  ///   - timeout: the wall-clock limit on `descent` itself.
  static func grade(
    _ name: String?, rubric: URL? = nil, timeout: Duration = .seconds(120), prepare: (URL) throws -> Void = { _ in }
  ) throws -> HostileGrading {
    let manager = FileManager.default
    let work = manager.temporaryDirectory.appendingPathComponent("descent-hostile-\(UUID().uuidString)")
    let submission = work.appendingPathComponent(name ?? "empty-submission")
    let output = work.appendingPathComponent("reports")
    try manager.createDirectory(at: output, withIntermediateDirectories: true)
    if let name {
      try manager.copyItem(at: submissions.appendingPathComponent(name), to: submission)
    } else {
      try manager.createDirectory(at: submission, withIntermediateDirectories: true)
    }
    try prepare(submission)
    let arguments = [
      "grade", "--assignment", "optimizers", "--submission", submission.path, "--rubric",
      try (rubric ?? Self.rubric).path,
      "--junit", output.appendingPathComponent("junit.xml").path,
      "--feedback", output.appendingPathComponent("feedback.txt").path,
      "--results-json", output.appendingPathComponent("results.json").path,
      "--report-json", output.appendingPathComponent("report.json").path,
    ]
    let clock = ContinuousClock()
    let started = clock.now
    let result = try DescentExecutable.run(arguments, timeout: timeout)
    let seconds = (clock.now - started) / .seconds(1)
    var report: GradeReport?
    if let data = try? Data(contentsOf: output.appendingPathComponent("report.json")) {
      report = try JSONDecoder().decode(GradeReport.self, from: data)
    }
    return HostileGrading(
      result: result, seconds: seconds, submission: submission, outputFolder: output, report: report)
  }

  /// Removes the temporary folders.
  func cleanUp() {
    try? FileManager.default.removeItem(at: submission.deletingLastPathComponent())
  }

  /// Checks what every graded report must satisfy: descent exited 0; the
  /// JUnit validates against every schema in the shared schema folder (when
  /// it is there); results.json parses, its score equals the report's and
  /// the feedback's total; every item is reported once (those of the
  /// corpus's rubric, or `itemIDs` when graded with another).
  func expectWellFormedReports(_ context: String, itemIDs: [String]? = nil) throws {
    #expect(result.status == 0, "\(context): \(result)")
    let report = try #require(report, "\(context): no report.json\n\(result)")
    let ids = itemIDs ?? Self.rubricItems.map(\.id)
    #expect(report.items.map(\.id) == ids, "\(context): items \(report.items.map(\.id))")
    // results.json: parses, and its score is the report's.
    let results = try #require(self.results, "\(context): results.json does not parse")
    let score = try #require(results["score"] as? Double, "\(context): results.json has no numeric score")
    #expect(abs(score - report.score) < 1e-9, "\(context): results.json score \(score), report \(report.score)")
    let tests = try #require(results["tests"] as? [[String: Any]], "\(context): results.json has no tests")
    #expect(tests.count == ids.count, "\(context): results.json has \(tests.count) tests")
    let testSum = tests.compactMap { $0["score"] as? Double }.reduce(0, +)
    #expect(abs(testSum - score) < 1e-9, "\(context): tests sum to \(testSum), score is \(score)")
    // The feedback's own total line (flush left: student output is indented) says the same.
    let totals = feedback.split(separator: "\n").filter { $0.hasPrefix("Score") }
    #expect(totals.count == 1, "\(context): feedback total lines \(totals)")
    let expectedTotal = "\(ReportText.points(report.score)) / \(ReportText.points(report.maxScore)) points"
    #expect(
      totals.first?.hasSuffix(expectedTotal) == true, "\(context): feedback says \(totals), expected \(expectedTotal)")
    try JUnitValidation.expectValid(junit, context: context)
  }

  /// Checks that each item outside `affected` kept the solution's full points.
  func expectUnaffectedItemsKeepPoints(except affected: Set<String>, _ context: String) {
    for (id, points) in Self.rubricItems where !affected.contains(id) {
      let item = self.item(id)
      #expect(
        item?.outcome == .passed && item?.score == points,
        "\(context): \(id) should keep its \(points) points, got \(item.map { "\($0.outcome) \($0.score): \($0.summary)" } ?? "nothing")"
      )
    }
  }
}

/// JUnit documents checked with xmllint: well formed always, and valid
/// against each JUnit schema when the shared schemas are present.
enum JUnitValidation {
  static func expectValid(_ document: URL, context: String) throws {
    #expect(FileManager.default.fileExists(atPath: document.path), "\(context): no JUnit file")
    guard JUnitSchemas.hasXmllint else { return }
    let malformed = try JUnitSchemas.problems(fileAt: document)
    #expect(malformed == nil, "\(context): JUnit is not well formed: \(malformed?.prefix(500) ?? "")")
    guard JUnitSchemas.isAvailable else { return }
    for schema in JUnitSchemas.names {
      let invalid = try JUnitSchemas.problems(fileAt: document, schema: schema)
      #expect(invalid == nil, "\(context): JUnit does not validate against \(schema): \(invalid?.prefix(500) ?? "")")
    }
  }
}

/// A folder's files and their contents, to show that nothing changed.
struct FolderSnapshot: Equatable {
  var entries: [String: Data]

  init(_ folder: URL) {
    var entries: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    while let url = enumerator?.nextObject() as? URL {
      let relative = String(url.path.dropFirst(folder.path.count))
      entries[relative] = (try? Data(contentsOf: url)) ?? Data()
    }
    self.entries = entries
  }
}
