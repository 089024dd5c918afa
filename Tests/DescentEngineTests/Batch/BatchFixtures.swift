import DescentReports
import DescentWire
import Foundation

@testable import DescentEngine

/// Hand-made grade reports, a counting fake executor and temporary
/// submissions folders for the batch tests.
enum BatchFixtures {
  /// A report for `student` with the given item scores (each item worth 5
  /// points: 5 passes, 0 fails or errors when `errors` says so).
  static func report(
    _ student: String, scores: [String: Double], compiled: Bool = true, errors: Set<String> = [],
    mistakes: [String: NamedMistake] = [:], itemIDs: [String] = ["a", "b", "c"]
  ) -> GradeReport {
    let items = itemIDs.map { id in
      let score = scores[id] ?? 0
      let outcome: Outcome = errors.contains(id) ? .error : (score >= 5 ? .passed : .failed)
      return ItemResult(
        id: id, name: "Item \(id)", points: 5, score: score, visibility: .visible, outcome: outcome,
        summary: "", mistake: mistakes[id])
    }
    return GradeReport(
      assignment: "optimizers", submission: student,
      build: BuildSummary(succeeded: compiled, diagnostics: compiled ? "" : "A.swift:1:1: error: x", seconds: 0.1),
      items: items, isolation: "test", scope: .all, seconds: 0.2)
  }

  /// A fresh temporary folder, removed by the caller.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("descent-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A submissions folder with one folder per student, each holding `Submission.swift` with `content`.
  static func submissions(_ students: [String: String], in root: URL) throws -> URL {
    let folder = root.appendingPathComponent("submissions")
    for (student, content) in students {
      let studentFolder = folder.appendingPathComponent(student)
      try FileManager.default.createDirectory(at: studentFolder, withIntermediateDirectories: true)
      try Data(content.utf8).write(to: studentFolder.appendingPathComponent("Submission.swift"))
    }
    return folder
  }

  /// A two-item rubric (a trajectory and a value check).
  static let rubric = Rubric(
    assignment: "optimizers", title: "Optimizers",
    items: [
      CheckFixtures.item("adam-trajectory", CheckFixtures.trajectory(), points: 4),
      CheckFixtures.item("himmelblau-value", CheckFixtures.value(), points: 2),
    ],
    source: "rubrics/optimizers.yaml")
}

/// A fake executor that decides by the submission's text: `BROKEN` does not
/// compile, `GRADER-FAILS` makes the grader throw, `CRASH` crashes on every
/// request, anything else times out. It counts compilations per student.
final class CountingExecutor: SubmissionExecutor, @unchecked Sendable {
  private let lock = NSLock()
  private var compiled: [String: Int] = [:]
  private var inFlight = 0
  private var _maximumInFlight = 0

  var isolationSummary: String { "test executor: nothing contained" }

  /// How often each student's folder was compiled.
  var compilations: [String: Int] { lock.withLock { compiled } }
  /// The most compilations running at once.
  var maximumInFlight: Int { lock.withLock { _maximumInFlight } }

  struct GraderBroke: Error, CustomStringConvertible {
    var description: String { "scratch space\nis full" }
  }

  func compile(submissionAt folder: URL) async throws -> CompilationOutcome<String> {
    let text = (try? String(contentsOf: folder.appendingPathComponent("Submission.swift"), encoding: .utf8)) ?? ""
    lock.withLock {
      compiled[folder.lastPathComponent, default: 0] += 1
      inFlight += 1
      _maximumInFlight = max(_maximumInFlight, inFlight)
    }
    try? await Task.sleep(for: .milliseconds(20))
    lock.withLock { inFlight -= 1 }
    if text.contains("GRADER-FAILS") { throw GraderBroke() }
    if text.contains("BROKEN") { return .failed(diagnostics: "Submission.swift:1:1: error: nope", seconds: 0.02) }
    return .compiled(text, diagnostics: "", seconds: 0.02)
  }

  func run(_ requests: [GradingPlan.PlannedRequest], in program: String) async -> [RunRecord] {
    requests.map { planned in
      let outcome: RunOutcome =
        program.contains("CRASH")
        ? .crashed(CrashReport(signal: 4, message: "Fatal error: Index out of range")) : .timedOut(limit: .seconds(2))
      return RunRecord(request: planned.request, outcome: outcome, duration: .milliseconds(1), output: CapturedOutput())
    }
  }
}
