import DescentReports
import Foundation
import Testing

@testable import DescentEngine

@Suite("Batch runner")
struct BatchRunnerTests {
  private let students = [
    "alice": "ok", "bob": "BROKEN", "carol": "CRASH", "dave": "GRADER-FAILS", "erin": "ok", "frank": "ok",
  ]

  @Test("a broken or crashing submission never stops the batch; a grader failure is recorded for its student")
  func brokenSubmissionsDoNotStopTheBatch() async throws {
    let root = try BatchFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let submissions = try BatchFixtures.submissions(students, in: root)
    let out = root.appendingPathComponent("out")
    let executor = CountingExecutor()
    let runner = BatchRunner(grader: Grader(executor: executor), rubric: BatchFixtures.rubric, jobs: 2)
    let outcome = try await runner.run(roster: SubmissionRoster(listing: submissions), out: out)

    #expect(outcome.graded == ["alice", "bob", "carol", "dave", "erin", "frank"])
    #expect(outcome.classReport.buildFailures == ["bob"])
    #expect(outcome.classReport.graderFailures.map(\.student) == ["dave"])
    #expect(outcome.classReport.graderFailures.first?.message.contains("scratch space is full") == true)
    #expect(executor.maximumInFlight <= 2, "at most --jobs students at once")
    for student in ["alice", "bob", "carol", "erin", "frank"] {
      for name in ["junit.xml", "feedback.txt", "results.json", "grade.json"] {
        let path = out.appendingPathComponent("students/\(student)/\(name)").path
        #expect(FileManager.default.fileExists(atPath: path), "missing \(path)")
      }
    }
    let carol = try #require(StudentRecord.read(from: out.appendingPathComponent("students/carol/grade.json")))
    #expect(carol.report?.items.allSatisfy { $0.outcome == .error } == true)
    let csv = try String(contentsOf: out.appendingPathComponent("gradebook.csv"), encoding: .utf8)
    #expect(csv.hasPrefix("student,total,adam-trajectory,himmelblau-value\r\n"))
    #expect(csv.contains("\r\ndave,,,\r\n"), "\(csv)")
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("class-report.md").path))
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("class-report.json").path))
  }

  @Test("resume: done students are not regraded; half-written, failed and changed ones are")
  func resume() async throws {
    let root = try BatchFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let submissions = try BatchFixtures.submissions(students, in: root)
    let out = root.appendingPathComponent("out")
    let first = CountingExecutor()
    _ = try await BatchRunner(grader: Grader(executor: first), rubric: BatchFixtures.rubric, jobs: 2).run(
      roster: SubmissionRoster(listing: submissions), out: out)
    let aliceJUnit = out.appendingPathComponent("students/alice/junit.xml")
    let aliceModified = try FileManager.default.attributesOfItem(atPath: aliceJUnit.path)[.modificationDate] as? Date

    // An interruption: erin's files were written but not her record; frank's
    // record is cut short; carol changed her submission since.
    try FileManager.default.removeItem(at: out.appendingPathComponent("students/erin/grade.json"))
    try Data("{\"format\": 1, \"stud".utf8).write(to: out.appendingPathComponent("students/frank/grade.json"))
    try Data("CRASH // fixed a typo".utf8).write(to: submissions.appendingPathComponent("carol/Submission.swift"))

    let second = CountingExecutor()
    let outcome = try await BatchRunner(grader: Grader(executor: second), rubric: BatchFixtures.rubric, jobs: 2).run(
      roster: SubmissionRoster(listing: submissions), out: out)
    #expect(second.compilations == ["carol": 1, "dave": 1, "erin": 1, "frank": 1], "\(second.compilations)")
    #expect(outcome.resumed == ["alice", "bob"])
    #expect(outcome.graded == ["carol", "dave", "erin", "frank"])
    let aliceAfter = try FileManager.default.attributesOfItem(atPath: aliceJUnit.path)[.modificationDate] as? Date
    #expect(aliceAfter == aliceModified, "a finished student's files are left alone")
    let csv = try String(contentsOf: out.appendingPathComponent("gradebook.csv"), encoding: .utf8)
    #expect(csv.split(separator: "\r\n").count == 7, "every student in the gradebook after a resume: \(csv)")
  }

  @Test("a changed rubric regrades everyone")
  func changedRubricRegrades() async throws {
    let root = try BatchFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let submissions = try BatchFixtures.submissions(["alice": "ok"], in: root)
    let out = root.appendingPathComponent("out")
    _ = try await BatchRunner(grader: Grader(executor: CountingExecutor()), rubric: BatchFixtures.rubric, jobs: 1)
      .run(roster: SubmissionRoster(listing: submissions), out: out)
    var changed = BatchFixtures.rubric
    changed.items[1].points = 3
    let executor = CountingExecutor()
    _ = try await BatchRunner(grader: Grader(executor: executor), rubric: changed, jobs: 1).run(
      roster: SubmissionRoster(listing: submissions), out: out)
    #expect(executor.compilations == ["alice": 1])
  }

  @Test("a rerun with a longer compile time regrades everyone; one with the same limits resumes")
  func changedLimitsRegrade() async throws {
    let root = try BatchFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let submissions = try BatchFixtures.submissions(["alice": "ok", "bob": "BROKEN"], in: root)
    let out = root.appendingPathComponent("out")
    let longer = GradingLimits(compileTime: .seconds(180)).resourceLimits()
    var compilations: [[String: Int]] = []
    for limits in [ResourceLimits.default, longer, longer] {
      let executor = CountingExecutor()
      _ = try await BatchRunner(
        grader: Grader(executor: executor), rubric: BatchFixtures.rubric, jobs: 1, limits: limits
      )
      .run(roster: SubmissionRoster(listing: submissions), out: out)
      compilations.append(executor.compilations)
    }
    #expect(compilations == [["alice": 1, "bob": 1], ["alice": 1, "bob": 1], [:]], "\(compilations)")
  }

  @Test("another assignment's output folder is refused, naming it")
  func refusesOtherAssignment() async throws {
    let root = try BatchFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let submissions = try BatchFixtures.submissions(["alice": "ok"], in: root)
    let out = root.appendingPathComponent("out")
    var other = BatchFixtures.rubric
    other.assignment = "losses"
    _ = try await BatchRunner(grader: Grader(executor: CountingExecutor()), rubric: other, jobs: 1).run(
      roster: SubmissionRoster(listing: submissions), out: out)
    let error = await #expect(throws: BatchError.self) {
      _ = try await BatchRunner(grader: Grader(executor: CountingExecutor()), rubric: BatchFixtures.rubric, jobs: 1)
        .run(roster: SubmissionRoster(listing: submissions), out: out)
    }
    #expect(error?.message.contains("'losses'") == true)
    #expect(error?.message.contains(out.path) == true)
  }

  @Test("the roster skips hidden entries and plain files; a missing folder is named")
  func roster() throws {
    let root = try BatchFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let submissions = try BatchFixtures.submissions(["b": "", "a": "", ".git": ""], in: root)
    try Data().write(to: submissions.appendingPathComponent("notes.txt"))
    #expect(try SubmissionRoster(listing: submissions).ids == ["a", "b"])
    let missing = root.appendingPathComponent("nowhere")
    #expect(throws: BatchError("submissions folder \(missing.path) does not exist or is not a folder")) {
      try SubmissionRoster(listing: missing)
    }
  }

  @Test("the content hash ignores timestamps but not a changed byte or file name")
  func digest() throws {
    let root = try BatchFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = try BatchFixtures.submissions(["a": "let x = 1"], in: root).appendingPathComponent("a")
    let before = try SubmissionDigest.of(folder)
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 0)],
      ofItemAtPath: folder.appendingPathComponent("Submission.swift").path)
    #expect(try SubmissionDigest.of(folder) == before)
    try Data("let x = 2".utf8).write(to: folder.appendingPathComponent("Submission.swift"))
    #expect(try SubmissionDigest.of(folder) != before)
  }

  @Test("the content hash reads only what is compiled: a 2 GiB sparse data file beside the sources costs nothing")
  func digestReadsOnlySources() throws {
    let root = try BatchFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = try BatchFixtures.submissions(["a": "let x = 1"], in: root).appendingPathComponent("a")
    let before = try SubmissionDigest.of(folder)
    let data = folder.appendingPathComponent("data.bin")
    #expect(FileManager.default.createFile(atPath: data.path, contents: nil))
    let handle = try FileHandle(forWritingTo: data)
    try handle.truncate(atOffset: 2 << 30)
    try handle.close()
    #expect(try SubmissionDigest.of(folder) == before, "a file that is not compiled changes nothing")
    try Data("let y = 2".utf8).write(to: folder.appendingPathComponent("More.swift"))
    #expect(try SubmissionDigest.of(folder) != before, "a new source file counts")
  }

  @Test("the rubric's canonical text sorts dictionary entries, so its hash is the same in every process")
  func canonicalText() {
    let text = CanonicalText.of(["lr": 0.1, "beta1": 0.9, "amsgrad": 1])
    #expect(text.contains("amsgrad"))
    let positions = ["amsgrad", "beta1", "lr"].compactMap { text.range(of: $0)?.lowerBound }
    #expect(positions.count == 3 && positions == positions.sorted(), "\(text)")
    #expect(CanonicalText.of(Visibility.hidden) != CanonicalText.of(Visibility.visible))
    #expect(BatchRunner<CountingExecutor>.digest(of: BatchFixtures.rubric).count == 16)
  }

  @Test("SHA-256 matches the standard's test vectors")
  func sha256() {
    var empty = SHA256()
    #expect(empty.finalizeHex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    var abc = SHA256()
    abc.update(Array("abc".utf8))
    #expect(abc.finalizeHex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    var long = SHA256()
    long.update(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
    #expect(long.finalizeHex() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    var million = SHA256()
    million.update(Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
    #expect(million.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    // Fed in pieces of every size from 1 to 130 bytes, the same digest as at once.
    let message = (0..<9_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    var whole = SHA256()
    whole.update(message)
    var pieces = SHA256()
    var start = 0
    var size = 1
    while start < message.count {
      let end = min(message.count, start + size)
      pieces.update(message[start..<end])
      (start, size) = (end, size % 130 + 1)
    }
    #expect(pieces.finalizeHex() == whole.finalizeHex())
  }
}
