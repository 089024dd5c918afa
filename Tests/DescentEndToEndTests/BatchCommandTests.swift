import DescentReports
import DescentTestSupport
import Foundation
import Testing

/// The repository root (it holds rubrics/ and assignments/) and the sample submissions.
private let repository = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Six students: the solution, the untouched starter, code that does not
/// compile, code that crashes, and two classic mistakes; each student's id
/// and the course folder or sample submission (under Submissions/) it hands in.
private let students: [String: String] = [
  "sol": "assignments/optimizers/solution",
  "starter": "assignments/optimizers/starter",
  "compile-error": "optimizers-compile-error",
  "crash-in-adagrad": "optimizers-crash-in-adagrad",
  "adam-no-bias-correction": "optimizers-adam-no-bias-correction",
  "momentum-sign-flipped": "optimizers-momentum-sign-flipped",
]

/// The folder a student of ``students`` hands in.
private func handIn(_ source: String) throws -> URL {
  try source.hasPrefix("assignments/") ? repository.appendingPathComponent(source) : CourseAssignment.submission(source)
}

@Suite("descent batch", .serialized)
struct BatchCommandTests {
  @Test("a killed batch resumes without regrading; slices graded by separate processes merge to the same gradebook")
  func batchResumeSliceMerge() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-batch-e2e-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let submissions = root.appendingPathComponent("submissions")
    try FileManager.default.createDirectory(at: submissions, withIntermediateDirectories: true)
    for (id, source) in students {
      try FileManager.default.copyItem(at: handIn(source), to: submissions.appendingPathComponent(id))
    }
    try Data().write(to: submissions.appendingPathComponent(".DS_Store"))
    let common = [
      "batch", "--assignment", "optimizers", "--submissions", submissions.path, "--course", repository.path,
    ]
    let single = root.appendingPathComponent("single")

    // Interrupted: killed once the first student is done.
    let finishedBeforeKill = try runUntilFirstStudent(common + ["--out", single.path, "--jobs", "2"], out: single)
    let resumed = try DescentExecutable.run(common + ["--out", single.path, "--jobs", "2"], timeout: .seconds(900))
    #expect(resumed.status == 0, "\(resumed)")
    #expect(!resumed.standardError.contains("\r"), "no progress bar when standard error is not a terminal")
    let progressLines = resumed.standardErrorLines.filter { $0.hasPrefix("[") }
    #expect(progressLines.count == students.count, "a line per student: \(resumed)")
    #expect(
      progressLines.filter { $0.hasSuffix(": kept from an earlier run") }.count == finishedBeforeKill.count,
      "\(resumed)")
    let compileError = finishedBeforeKill["compile-error"] == nil ? "did not compile" : "kept from an earlier run"
    #expect(progressLines.contains { $0.hasSuffix("compile-error: \(compileError)") }, "\(resumed)")
    #expect(resumed.standardOutput.contains("kept \(finishedBeforeKill.count) from an earlier run"), "\(resumed)")
    for (student, modified) in finishedBeforeKill {
      #expect(try modificationDate(single, student) == modified, "\(student) was regraded after the resume")
    }

    let rows = try gradebook(single)
    #expect(rows.count == 6, "\(rows)")
    #expect(rows["sol"]?[1] == "100")
    #expect(rows["starter"]?[1] == "0")
    #expect(rows["compile-error"]?[1] == "0")
    #expect(rows["crash-in-adagrad"]?[1] == "87")
    let classJSON = try Data(contentsOf: single.appendingPathComponent("class-report.json"))
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    let report = try decoder.decode(ClassReport.self, from: classJSON)
    #expect(report.buildFailures == ["compile-error"])
    #expect(report.graderFailures.isEmpty)
    let bias = report.mistakes.first { $0.id == "adam-no-bias-correction" }
    #expect(bias?.students == ["adam-no-bias-correction"], "\(report.mistakes.map(\.id))")
    for name in ["junit.xml", "feedback.txt", "results.json", "grade.json"] {
      #expect(FileManager.default.fileExists(atPath: single.appendingPathComponent("students/sol/\(name)").path))
    }

    // The same class in two slices, each its own process, then merged.
    var sliceFolders: [String] = []
    for index in 0..<2 {
      let folder = root.appendingPathComponent("slices/slice-\(index)")
      let run = try DescentExecutable.run(
        common + ["--out", folder.path, "--jobs", "1", "--slice", "\(index)/2"], timeout: .seconds(900))
      #expect(run.status == 0, "\(run)")
      sliceFolders.append(folder.path)
    }
    let merged = root.appendingPathComponent("merged")
    let merge = try DescentExecutable.run(["batch", "--merge"] + sliceFolders + ["--out", merged.path])
    #expect(merge.status == 0, "\(merge)")
    let singleCSV = try String(contentsOf: single.appendingPathComponent("gradebook.csv"), encoding: .utf8)
    let mergedCSV = try String(contentsOf: merged.appendingPathComponent("gradebook.csv"), encoding: .utf8)
    #expect(mergedCSV == singleCSV)

    let incomplete = try DescentExecutable.run(["batch", "--merge", sliceFolders[0], "--out", merged.path])
    #expect(incomplete.status == 2, "\(incomplete)")
    #expect(incomplete.standardError.contains("slice 1/2 missing"), "\(incomplete)")
  }

  @Test(
    "every layout of a hand-in is graded alike; a student whose grading crashes the grader is a grader error, the others are graded, and a resume retries only that student"
  )
  func layoutsAndGraderCrash() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-batch-crash-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let manager = FileManager.default
    let submissions = root.appendingPathComponent("submissions")
    let solution = repository.appendingPathComponent("assignments/optimizers/solution")
    try manager.createDirectory(at: submissions, withIntermediateDirectories: true)
    // Loose files; a folder inside a folder; a clone of the kit (its other modules and main.swift never compiled).
    try manager.copyItem(at: solution, to: submissions.appendingPathComponent("loose"))
    try manager.createDirectory(at: submissions.appendingPathComponent("nested"), withIntermediateDirectories: true)
    try manager.copyItem(at: solution, to: submissions.appendingPathComponent("nested/optimizers-main"))
    let kit = submissions.appendingPathComponent("kit-clone")
    try manager.createDirectory(at: kit.appendingPathComponent("Sources"), withIntermediateDirectories: true)
    try Data("// swift-tools-version:6.0\n".utf8).write(to: kit.appendingPathComponent("Package.swift"))
    try manager.copyItem(at: solution, to: kit.appendingPathComponent("Sources/Submission"))
    try manager.createDirectory(at: kit.appendingPathComponent("Sources/SelfCheck"), withIntermediateDirectories: true)
    try Data("print(\"self-check\")\n".utf8).write(to: kit.appendingPathComponent("Sources/SelfCheck/main.swift"))
    try manager.copyItem(at: solution, to: submissions.appendingPathComponent("crash-me"))

    // A grading worker that dies (SIGILL, as an out-of-range index does) when it is handed crash-me:
    // the real worker behind a filter of its jobs (one JSON line each, "/" written "\/").
    let wrapper = root.appendingPathComponent("crashing-grader")
    try Data(
      """
      #!/bin/bash
      '\(try DescentExecutable.url().path)' "$@" < <(while IFS= read -r job; do
        case "$job" in *'crash-me"'*) kill -ILL $$ ;; esac
        printf '%s\\n' "$job"
      done)

      """.utf8
    ).write(to: wrapper)
    try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper.path)
    let out = root.appendingPathComponent("out")
    let arguments = [
      "batch", "--assignment", "optimizers", "--submissions", submissions.path, "--course", repository.path,
      "--out", out.path, "--jobs", "2",
    ]
    let crashed = try DescentExecutable.run(
      arguments, environment: ["DESCENT_BATCH_GRADER": wrapper.path], timeout: .seconds(900))
    #expect(crashed.status == 1, "some students could not be graded: \(crashed)")
    #expect(crashed.standardError.contains("the grader failed for 1 students"), "\(crashed)")
    var rows = try gradebook(out)
    #expect(rows["loose"]?[1] == "100" && rows["nested"]?[1] == "100" && rows["kit-clone"]?[1] == "100", "\(rows)")
    #expect(rows["crash-me"]?[1] == "", "a grader error is no grade, not 0: \(rows)")
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    let report = try decoder.decode(
      ClassReport.self, from: Data(contentsOf: out.appendingPathComponent("class-report.json")))
    #expect(report.graderFailures.map(\.student) == ["crash-me"])
    #expect(report.graderFailures.first?.message.contains("crashed (signal 4)") == true, "\(report.graderFailures)")
    #expect(report.graderFailures.first?.message.contains("tried 2 times") == true, "\(report.graderFailures)")
    let kept = try ["loose", "nested", "kit-clone"].map { try modificationDate(out, $0) }

    let resumed = try DescentExecutable.run(arguments, timeout: .seconds(900))
    #expect(resumed.status == 0, "\(resumed)")
    #expect(resumed.standardOutput.contains("graded 1 students, kept 3 from an earlier run"), "\(resumed)")
    rows = try gradebook(out)
    #expect(rows["crash-me"]?[1] == "100", "\(rows)")
    #expect(try ["loose", "nested", "kit-clone"].map { try modificationDate(out, $0) } == kept)
  }

  @Test("--html: each student's report.html with figures, and a class report page with the histogram and pass rates")
  func htmlReports() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-batch-html-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let submissions = root.appendingPathComponent("submissions")
    try FileManager.default.createDirectory(at: submissions, withIntermediateDirectories: true)
    for id in ["sol", "adam-no-bias-correction"] {
      try FileManager.default.copyItem(at: handIn(students[id] ?? ""), to: submissions.appendingPathComponent(id))
    }
    let out = root.appendingPathComponent("out")
    let run = try DescentExecutable.run(
      [
        "batch", "--assignment", "optimizers", "--submissions", submissions.path, "--course", repository.path,
        "--out", out.path, "--html", "--jobs", "2",
      ], timeout: .seconds(600))
    #expect(run.status == 0, "\(run)")
    let page = try String(
      contentsOf: out.appendingPathComponent("students/adam-no-bias-correction/report.html"), encoding: .utf8)
    #expect(page.contains("step 1: diverged"), "the failing item's path is drawn")
    #expect(page.contains("a hidden item: its details are not shown"), "a student's page withholds hidden items")
    let classPage = try String(contentsOf: out.appendingPathComponent("class-report.html"), encoding: .utf8)
    #expect(classPage.components(separatedBy: "<svg ").count - 1 == 2, "the histogram and the pass rates")
    #expect(classPage.contains("Adam without bias correction"), "the frequent mistakes are listed")
    for file in ["class-report.html", "students/sol/report.html"] where JUnitSchemas.hasXmllint {
      #expect(try JUnitSchemas.problems(fileAt: out.appendingPathComponent(file)) == nil, "\(file) is not well-formed")
    }
  }

  @Test("after a rubric change the batch reuses compiled programs, with the same results as a cold regrade")
  func regradeReusesPrograms() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-regrade-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let submissions = root.appendingPathComponent("submissions")
    try FileManager.default.createDirectory(at: submissions, withIntermediateDirectories: true)
    for id in ["sol", "adam-no-bias-correction", "compile-error"] {
      try FileManager.default.copyItem(at: handIn(students[id] ?? ""), to: submissions.appendingPathComponent(id))
    }
    let rubric = root.appendingPathComponent("optimizers.yaml")
    let original = try String(
      contentsOf: repository.appendingPathComponent("rubrics/optimizers.yaml"), encoding: .utf8)
    try Data(original.utf8).write(to: rubric)
    func batch(_ out: URL, _ extra: [String] = []) throws -> ExecutionResult {
      try DescentExecutable.run(
        [
          "batch", "--assignment", "optimizers", "--submissions", submissions.path, "--course", repository.path,
          "--rubric", rubric.path, "--out", out.path, "--jobs", "2",
        ] + extra, timeout: .seconds(600))
    }
    let warm = root.appendingPathComponent("warm")
    #expect(try batch(warm).status == 0)
    let cache = warm.appendingPathComponent(".program-cache")
    let kept = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { !$0.hasPrefix(".") }
    #expect(kept.count == 2, "one program per student that compiled: \(kept)")
    func used() throws -> [Date] {
      try kept.sorted().map {
        try #require(
          FileManager.default.attributesOfItem(atPath: cache.appendingPathComponent("\($0)/entry.json").path)[
            .modificationDate] as? Date)
      }
    }
    let before = try used()
    Thread.sleep(forTimeInterval: 0.05)
    // A rubric fixed mid-semester: every student is graded again.
    let changed = original.replacingOccurrences(of: "points: 5", with: "points: 7")
    #expect(changed != original)
    try Data(changed.utf8).write(to: rubric)
    let regrade = try batch(warm)
    #expect(regrade.standardOutput.contains("graded 3 students, kept 0"), "\(regrade)")
    #expect(zip(before, try used()).allSatisfy { $0 < $1 }, "each program was reused, not compiled again")
    #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { !$0.hasPrefix(".") }.count == 2)
    let cold = root.appendingPathComponent("cold")
    #expect(try batch(cold, ["--no-compile-cache"]).status == 0)
    #expect(!FileManager.default.fileExists(atPath: cold.appendingPathComponent(".program-cache").path))
    let studentFiles = ["sol", "adam-no-bias-correction", "compile-error"].map { "students/\($0)/feedback.txt" }
    for file in ["gradebook.csv", "class-report.md"] + studentFiles {
      let a = try String(contentsOf: warm.appendingPathComponent(file), encoding: .utf8)
      let b = try String(contentsOf: cold.appendingPathComponent(file), encoding: .utf8)
      #expect(Self.withoutTimings(a) == Self.withoutTimings(b), "\(file) differs from a cold regrade")
    }
  }

  /// `text` with durations ("1.234 s") blanked.
  private static func withoutTimings(_ text: String) -> String {
    text.replacingOccurrences(of: #"[0-9]+\.[0-9]+ s"#, with: "# s", options: .regularExpression)
  }

  @Test("--emit writes Slurm and Kubernetes jobs; misuse exits 2 with one line")
  func emitAndMisuse() throws {
    let slurm = try DescentExecutable.run(
      [
        "batch", "--assignment", "optimizers", "--submissions", "/srv/hw1", "--out", "/srv/out", "--emit", "slurm",
        "--slices", "8", "--jobs", "4", "--compile-time-limit", "120",
      ])
    #expect(slurm.status == 0, "\(slurm)")
    #expect(slurm.standardOutput.contains("#SBATCH --array=0-7"))
    #expect(
      slurm.standardOutput.contains(
        "--jobs 4 --compile-time-limit 120 --slice \"$slice/8\" --out /srv/out/slice-\"$slice\""),
      "\(slurm)")
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-emit-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let file = root.appendingPathComponent("job.yaml")
    let kubernetes = try DescentExecutable.run(
      [
        "batch", "--assignment", "optimizers", "--submissions", "/grading/hw1", "--out", "/grading/out", "--emit",
        "kubernetes", "--slices", "3", "--image", "registry.example/descent-optimizers:1", "--emit-to", file.path,
      ])
    #expect(kubernetes.status == 0, "\(kubernetes)")
    let yaml = try String(contentsOf: file, encoding: .utf8)
    #expect(yaml.contains("completionMode: Indexed") && yaml.contains("completions: 3"))

    for (arguments, words) in [
      (["batch", "--submissions", "/x", "--out", "/y"], "--assignment <name> is required"),
      (
        ["batch", "--assignment", "optimizers", "--submissions", "/nonexistent/hw", "--out", root.path],
        "submissions folder /nonexistent/hw does not exist"
      ),
      (["batch", "--assignment", "optimizers", "--submissions", "/x", "--out", "/y", "--slice", "2/2"], "--slice 2/2"),
      (
        [
          "batch", "--assignment", "optimizers", "--submissions", "/x", "--out", "/y", "--emit", "pbs", "--slices", "2",
        ],
        "--emit must be slurm or kubernetes"
      ),
      (
        [
          "batch", "--assignment", "optimizers", "--submissions", "hw", "--out", "out", "--emit", "kubernetes",
          "--slices", "2",
        ],
        "--emit kubernetes needs --image <name>: build it with `descent package image"
      ),
      (
        [
          "batch", "--assignment", "optimizers", "--submissions", "hw", "--out", "/srv/out", "--emit", "kubernetes",
          "--slices", "2", "--image", "x",
        ],
        "--out /srv/out is not on the volume mounted at /grading"
      ),
      (
        ["batch", "--assignment", "optimizers", "--submissions", "/x", "--out", "/y", "--memory-limit", "100000"],
        "--memory-limit must be between 128 and 65536 MiB, got 100000"
      ),
      (["grade-worker", "--assignment", "optimizers"], "grade-worker answers on descriptor 3: it is started by"),
    ] {
      let run = try DescentExecutable.run(arguments)
      #expect(run.status == 2, "\(run)")
      #expect(run.standardErrorLines.count == 1 && run.standardError.contains(words), "\(run)")
    }
  }

  /// Starts a batch, kills it (SIGKILL) once a student is finished, and returns the finished students' record times.
  private func runUntilFirstStudent(_ arguments: [String], out: URL) throws -> [String: Date] {
    let process = Process()
    process.executableURL = try DescentExecutable.url()
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(600)
    var finished: [String] = []
    while process.isRunning, Date() < deadline, finished.isEmpty {
      Thread.sleep(forTimeInterval: 0.05)
      finished = students.keys.filter { student in
        FileManager.default.fileExists(atPath: out.appendingPathComponent("students/\(student)/grade.json").path)
      }
    }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    var times: [String: Date] = [:]
    for student in students.keys {
      if let date = try? modificationDate(out, student) { times[student] = date }
    }
    return times
  }

  private func modificationDate(_ out: URL, _ student: String) throws -> Date? {
    try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("students/\(student)/grade.json").path)[
      .modificationDate] as? Date
  }

  /// The gradebook's rows by student id (cells split on commas: these ids need no quoting).
  private func gradebook(_ out: URL) throws -> [String: [String]] {
    let text = try String(contentsOf: out.appendingPathComponent("gradebook.csv"), encoding: .utf8)
    let lines = text.split(separator: "\r\n").dropFirst()
    return Dictionary(
      uniqueKeysWithValues: lines.map { line in
        let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return (cells[0], cells)
      })
  }
}
