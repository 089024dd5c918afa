import DescentEngine
import DescentTestSupport
import Foundation
import Testing

/// `descent package gradescope`: the zip's contents, and its scripts run as
/// Gradescope runs them, in a fake `/autograder` tree under a temporary
/// folder (`DESCENT_AUTOGRADER_ROOT`) with the already-built `descent`
/// (`DESCENT_EXECUTABLE`) instead of a release build.
@Suite("Gradescope autograder package")
struct GradescopeAutograderTests {
  /// A submission with one classic mistake (Adam without bias correction).
  static var submission: URL {
    get throws { try CourseAssignment.submission("optimizers-adam-no-bias-correction") }
  }

  /// Writes the zip with the built `descent` and returns it.
  static func packageZip() throws -> URL {
    let zip = try KitCourse.temporaryFolder("gradescope").appendingPathComponent("autograder.zip")
    let result = try DescentExecutable.run(
      [
        "package", "gradescope", "--assignment", KitCourse.assignment, "--out", zip.path, "--course",
        KitCourse.root.path,
      ])
    try #require(result.status == 0, "\(result)")
    return zip
  }

  @Test("limits given to the package reach run_autograder's descent grade; a bad one is misuse, exit 2")
  func limits() throws {
    let folder = try KitCourse.temporaryFolder("gradescope-limits")
    defer { try? FileManager.default.removeItem(at: folder) }
    let zip = folder.appendingPathComponent("autograder.zip")
    let arguments = [
      "package", "gradescope", "--assignment", KitCourse.assignment, "--out", zip.path, "--course", KitCourse.root.path,
    ]
    let written = try DescentExecutable.run(arguments + ["--compile-time-limit", "120", "--memory-limit", "2048"])
    try #require(written.status == 0, "\(written)")
    let script = try #require(try PackageArchive.read(zip).first { $0.path == "run_autograder" })
    let text = String(decoding: script.data, as: UTF8.self)
    #expect(text.contains("--audience student --compile-time-limit 120 --memory-limit 2048\n"), "\(text)")

    let refused = try DescentExecutable.run(arguments + ["--item-time-limit", "0"])
    #expect(refused.status == 2, "\(refused)")
    #expect(
      refused.standardErrorLines == [
        "descent: error: --item-time-limit must be a number of seconds above 0 and at most 3600, got 0"
      ], "\(refused)")
  }

  @Test("the zip has Gradescope's entry points, the engine and the rubric, and no solution or tests")
  func contents() throws {
    let zip = try Self.packageZip()
    defer { try? FileManager.default.removeItem(at: zip.deletingLastPathComponent()) }
    let entries = try PackageArchive.read(zip)
    let byPath = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    #expect(byPath["setup.sh"]?.isExecutable == true, "setup.sh missing or not executable")
    #expect(byPath["run_autograder"]?.isExecutable == true, "run_autograder missing or not executable")
    #expect(byPath["engine/Package.swift"] != nil)
    #expect(byPath["engine/Sources/DescentCLI/Descent.swift"] != nil)
    #expect(byPath["course/rubrics/\(KitCourse.assignment).yaml"]?.data == (try Data(contentsOf: KitCourse.rubric)))

    for entry in entries {
      #expect(!entry.path.contains("/solution/") && !entry.path.contains("/starter/"), "\(entry.path) is packed")
      if entry.path.hasPrefix("engine/Tests/") {
        #expect(
          entry.path.hasSuffix("/Placeholder.swift") || entry.path.hasSuffix("/README.md"),
          "test file \(entry.path) is packed")
      }
    }
    for file in try KitWorkspace.files(under: KitCourse.solution) {
      let data = try Data(contentsOf: KitCourse.solution.appendingPathComponent(file))
      guard data != (try? Data(contentsOf: KitCourse.starter.appendingPathComponent(file))) else { continue }
      #expect(!entries.contains { $0.data == data }, "solution file \(file) is in the zip")
    }

    let again = try Self.packageZip()
    defer { try? FileManager.default.removeItem(at: again.deletingLastPathComponent()) }
    #expect(try Data(contentsOf: zip) == Data(contentsOf: again), "the same course should give the same zip")
  }

  @Test("run_autograder grades the submission and writes results.json field by field")
  func runAutograder() throws {
    let archive = try Self.packageZip()
    defer { try? FileManager.default.removeItem(at: archive.deletingLastPathComponent()) }
    let root = try KitCourse.temporaryFolder("autograder")
    defer { try? FileManager.default.removeItem(at: root) }
    let source = root.appendingPathComponent("source")
    try PackageArchive.extract(archive, to: source)

    // Gradescope: setup.sh once (here told to install nothing), then run_autograder copied up a level.
    let environment: [String: String?] = [
      AutograderLayout.rootVariable: root.path, AutograderLayout.executableVariable: try DescentExecutable.url().path,
      AutograderLayout.skipSetupVariable: "1",
    ]
    for script in ["setup.sh", "run_autograder"] {
      let syntax = try KitCourse.shell("bash -n \(script)", in: source)
      #expect(syntax.status == 0, "\(script) is not valid bash: \(syntax)")
    }
    let setup = try KitCourse.shell("./setup.sh", in: source, environment: environment)
    #expect(setup.status == 0, "\(setup)")
    try FileManager.default.copyItem(
      at: source.appendingPathComponent("run_autograder"), to: root.appendingPathComponent("run_autograder"))

    // The student's upload, a clone of the kit (code in Sources/Submission, beside the kit's other modules).
    let upload = root.appendingPathComponent("submission")
    try FileManager.default.createDirectory(at: upload, withIntermediateDirectories: true)
    try Data("// the student's kit manifest\n".utf8).write(to: upload.appendingPathComponent("Package.swift"))
    try FileManager.default.copyItem(at: Self.submission, to: upload.appendingPathComponent("Sources/Submission"))
    let selfCheck = upload.appendingPathComponent("Sources/SelfCheck")
    try FileManager.default.createDirectory(at: selfCheck, withIntermediateDirectories: true)
    try Data("print(\"the kit's self-check, never compiled by the grader\")\n".utf8).write(
      to: selfCheck.appendingPathComponent("main.swift"))

    let run = try KitCourse.shell("./run_autograder", in: root, environment: environment, timeout: .seconds(600))
    #expect(run.status == 0, "\(run)")
    let resultsFile = root.appendingPathComponent("results/results.json")
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: resultsFile))
    let results = try #require(json as? [String: Any], "results.json is not an object")

    let rubric = try RubricLoader.load(contentsOf: KitCourse.rubric)
    let tests = try #require(results["tests"] as? [[String: Any]], "no tests[] in results.json")
    try #require(tests.count == rubric.items.count, "\(tests.count) tests for \(rubric.items.count) rubric items")
    var total = 0.0
    for (index, (test, item)) in zip(tests, rubric.items).enumerated() {
      let name = try #require(test["name"] as? String, "test \(index + 1) has no name")
      #expect(name.contains(item.id), "test \(index + 1) is named '\(name)', not for \(item.id)")
      #expect(
        test["number"] as? String == String(index + 1), "\(item.id): number \(String(describing: test["number"]))")
      let score = try #require(Self.number(test["score"]), "\(item.id): no score")
      let maxScore = try #require(Self.number(test["max_score"]), "\(item.id): no max_score")
      #expect(abs(maxScore - item.points) < 1e-12, "\(item.id): max_score \(maxScore), rubric \(item.points)")
      #expect(score >= 0 && score <= maxScore + 1e-12, "\(item.id): score \(score) of \(maxScore)")
      let status = test["status"] as? String
      #expect(status == "passed" || status == "failed", "\(item.id): status \(String(describing: status))")
      #expect(test["output"] is String, "\(item.id): no output")
      #expect(test["visibility"] as? String == item.visibility.rawValue, "\(item.id): visibility")
      if item.id.hasPrefix("sgd-") {
        #expect(status == "passed" && abs(score - maxScore) < 1e-12, "\(item.id) should pass: \(test)")
      }
      if item.id.hasPrefix("adam-") && item.check.isTrajectory {
        #expect(status == "failed", "\(item.id) should fail without bias correction: \(test)")
      }
      total += score
    }
    let score = try #require(Self.number(results["score"]), "no score")
    #expect(abs(score - total) < 1e-9, "score \(score) is not the sum of the tests' \(total)")
    #expect(score > 0 && score < rubric.maxScore, "score \(score) of \(rubric.maxScore)")
    let seconds = try #require(Self.number(results["execution_time"]), "no execution_time")
    #expect(seconds >= 0 && seconds.rounded() == seconds, "execution_time \(seconds) is not whole seconds")
    #expect((results["output"] as? String)?.isEmpty == false, "no output")
  }

  @Test("a grader that cannot run fails the run (non-zero exit) with a results.json that says so and holds no score")
  func graderUnavailable() throws {
    let zip = try Self.packageZip()
    defer { try? FileManager.default.removeItem(at: zip.deletingLastPathComponent()) }
    let root = try KitCourse.temporaryFolder("autograder-broken")
    defer { try? FileManager.default.removeItem(at: root) }
    let source = root.appendingPathComponent("source")
    try PackageArchive.extract(zip, to: source)
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("submission"), withIntermediateDirectories: true)
    let run = try KitCourse.shell(
      "source/run_autograder", in: root,
      environment: [
        AutograderLayout.rootVariable: root.path, AutograderLayout.executableVariable: "/nonexistent/descent",
      ])
    #expect(run.status != 0, "a broken grader must fail the run, not record a grade: \(run)")
    let data = try Data(contentsOf: root.appendingPathComponent("results/results.json"))
    let results = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(results["score"] == nil, "a grader failure must not be a score: \(results)")
    #expect((results["output"] as? String)?.contains("could not grade") == true, "\(results)")
  }
}

extension GradescopeAutograderTests {
  /// A JSON number as a Double, whichever type JSONSerialization chose for it.
  static func number(_ value: Any?) -> Double? {
    switch value {
    case let value as Int: Double(value)
    case let value as Double: value
    case let value as NSNumber: value.doubleValue
    default: nil
    }
  }
}

extension CheckSpecification {
  /// Whether this is a trajectory check.
  fileprivate var isTrajectory: Bool {
    kind == TrajectoryParameters.kind
  }
}
