import DescentReports
import DescentTestSupport
import Foundation
import Testing

/// The hostile corpus graded end to end by the built `descent`: each case
/// must finish within its bound, mark the affected items with a reason a
/// student understands, leave every other item its points, write reports
/// that parse and validate, change nothing outside the grader's scratch
/// space and leave no process behind.
@Suite("Hostile submissions")
struct HostileSubmissionTests {
  /// The longest a case may take: compiling (a few seconds) plus every item
  /// at its 1 s limit with a process restart after each, with room to spare
  /// on a loaded machine.
  static let bound = 40.0

  @Test("The instructor's solution earns every point of the corpus's rubric")
  func solutionEarnsEverything() throws {
    let grading = try HostileGrading.grade(nil) { folder in try Self.copySolution(into: folder) }
    defer { grading.cleanUp() }
    try grading.expectWellFormedReports("solution")
    grading.expectUnaffectedItemsKeepPoints(except: [], "solution")
  }

  @Test("Submissions that go wrong before any item runs", arguments: HostileCase.buildCases)
  func buildCase(_ hostile: HostileCase) throws {
    try check(hostile)
  }

  @Test("Submissions whose one hostile function misbehaves at run time", arguments: HostileCase.runCases)
  func runCase(_ hostile: HostileCase) throws {
    try check(hostile)
  }

  /// Grades `hostile` and checks everything its expectation and the corpus require.
  private func check(_ hostile: HostileCase) throws {
    let name = hostile.folder
    let repositoryBefore = Self.repositoryMarkers()
    let grading = try HostileGrading.grade(name)
    defer { grading.cleanUp() }
    let fixture = try HostileGrading.submissions.appendingPathComponent(name)
    #expect(grading.seconds < Self.bound, "\(name): grading took \(grading.seconds) s (bound \(Self.bound) s)")
    try grading.expectWellFormedReports(name)
    let report = try #require(grading.report)
    let feedback = grading.feedback

    switch hostile.expectation {
    case .compileFailure(let mentions):
      #expect(!report.build.succeeded, "\(name): the build should fail\n\(feedback)")
      #expect(feedback.contains("did not compile"), "\(name): feedback should say the build failed\n\(feedback)")
      for word in mentions {
        #expect(
          report.build.diagnostics.contains(word),
          "\(name): diagnostics should mention \(word)\n\(report.build.diagnostics)")
      }
      for item in report.items {
        #expect(item.outcome == .error && item.score == 0, "\(name): \(item.id) is \(item.outcome) \(item.score)")
      }
    case .affected(let items, let outcomes, let words, let required):
      #expect(report.build.succeeded, "\(name): the build should succeed\n\(report.build.diagnostics)")
      for id in items.sorted() {
        let item = try #require(grading.item(id), "\(name): no item \(id)")
        let explanation = ([item.summary] + item.details).joined(separator: " | ")
        #expect(outcomes.contains(item.outcome), "\(name): \(id) is \(item.outcome): \(explanation)")
        #expect(item.score < item.points, "\(name): \(id) kept \(item.score) points: \(explanation)")
        #expect(
          words.contains { explanation.localizedCaseInsensitiveContains($0) },
          "\(name): \(id)'s explanation should mention one of \(words): \(explanation)")
        for word in required {
          #expect(explanation.contains(word), "\(name): \(id)'s explanation should mention \(word): \(explanation)")
        }
        for word in Self.crashWording[name] ?? [] {
          #expect(explanation.contains(word), "\(name): \(id)'s explanation should say \(word): \(explanation)")
        }
        if Self.notOutOfMemory.contains(name) {
          #expect(!explanation.contains("ran out of memory"), "\(name): nothing was allocated: \(explanation)")
        }
        #expect(feedback.contains(item.summary), "\(name): the feedback should show \(id)'s summary")
      }
      grading.expectUnaffectedItemsKeepPoints(except: items, name)
    case .gradesNormally:
      #expect(report.build.succeeded, "\(name): the build should succeed\n\(report.build.diagnostics)")
      grading.expectUnaffectedItemsKeepPoints(except: [], name)
    case .noPoints(let words):
      #expect(report.score == 0, "\(name): earned \(report.score) points\n\(feedback)")
      let explanations = ([report.build.diagnostics] + report.items.flatMap { [$0.summary] + $0.details }).joined(
        separator: " | ")
      #expect(
        words.contains { explanations.contains($0) },
        "\(name): should mention one of \(words): \(explanations.prefix(1_000))")
      for item in report.items {
        #expect(item.outcome == .error || item.outcome == .failed, "\(name): \(item.id) is \(item.outcome)")
      }
    }

    // Nothing outside the scratch space changed: the graded copy, the fixture, the repository.
    #expect(FolderSnapshot(grading.submission) == FolderSnapshot(fixture), "\(name): the submission folder changed")
    let reports = try FileManager.default.contentsOfDirectory(atPath: grading.outputFolder.path).sorted()
    #expect(
      reports == ["feedback.txt", "junit.xml", "report.json", "results.json"], "\(name): report folder holds \(reports)"
    )
    #expect(Self.repositoryMarkers() == repositoryBefore, "\(name): files appeared in the repository")
    // No process left running.
    let survivors = ProcessTable.survivors(matching: hostile.processMarkers + ["sleep 1000"])
    #expect(survivors.isEmpty, "\(name): processes left running: \(survivors)")
  }

  /// What the crash report of a case must say besides its expectation: the
  /// first frame in the student's own files (a stdlib trap too, from the
  /// runtime's backtracer), relative to the submission folder.
  static let crashWording: [String: [String]] = [
    "hostile-index-out-of-range": ["Fatal error: Index out of range at Optimizers/AdaGrad.swift:", " in AdaGrad.step"],
    "hostile-integer-overflow": ["arithmetic overflow at Optimizers/AdaGrad.swift:", " in AdaGrad.step"],
    "hostile-division-by-zero": ["Fatal error: Division by zero at Optimizers/AdaGrad.swift:", " in AdaGrad.step"],
    "hostile-force-unwrap-nil": ["Unexpectedly found nil", " at Optimizers/AdaGrad.swift:", " in AdaGrad.step"],
    "hostile-fatal-error": [" at Optimizers/AdaGrad.swift:", " in AdaGrad.step"],
    "hostile-precondition": [" at Optimizers/AdaGrad.swift:", " in AdaGrad.step"],
    "hostile-unbounded-recursion": ["stack overflow", " at Optimizers/AdaGrad.swift:", "AdaGrad.step"],
    "hostile-raise-sigkill": ["signal 9 (SIGKILL), which the grader did not send"],
    "hostile-exit-status-137": ["status 137"],
  ]

  /// Cases killed or ended with the status of a kill, not out of memory.
  static let notOutOfMemory: Set<String> = ["hostile-raise-sigkill", "hostile-exit-status-137"]

  /// Files named like the corpus's markers anywhere at the repository's top level.
  static func repositoryMarkers() -> [String] {
    let root = repositoryRoot
    let folders = [root, root.appendingPathComponent("rubrics")]
    return folders.flatMap { folder in
      ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.contains("pwned") }
    }
  }

  /// The repository holding this file.
  static var repositoryRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  /// Copies the instructor's solution into `folder`.
  static func copySolution(into folder: URL) throws {
    let solution = repositoryRoot.appendingPathComponent("assignments/optimizers/solution")
    let manager = FileManager.default
    for name in try manager.contentsOfDirectory(atPath: solution.path) {
      try manager.copyItem(at: solution.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
  }
}
