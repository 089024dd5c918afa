import ArgumentParser
import DescentEngine
import DescentReports
import Foundation

/// `descent batch`: grades a whole class, resumably, in parallel; or writes
/// a cluster job that grades it in slices; or merges those slices.
struct BatchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Grade every student's submission in a folder, resumably and in parallel.",
    usage: """
      descent batch --assignment <name> --submissions <dir> --out <dir> [--jobs <n>] [--slice <i/n>] \
      [--course <dir>] [--rubric <file>] [--compile-time-limit <seconds>] [--item-time-limit <seconds>] \
      [--memory-limit <MiB>]
        descent batch --assignment <name> --submissions <dir> --out <dir> --emit slurm|kubernetes --slices <n>
        descent batch --merge <dir>... --out <dir>
      """,
    discussion: """
      <submissions> holds one folder per student, named with the student's id (hidden entries are \
      ignored). For each student, <out>/students/<id>/ gets junit.xml, feedback.txt (for the \
      student), results.json (Gradescope's format) and grade.json (the full record, written last). \
      With --html, each student's folder also gets report.html (the feedback with a figure of each \
      item's paths or errors). <out> also gets gradebook.csv, class-report.md, class-report.json \
      and class-report.html (the score histogram and each item's pass rate drawn).

      gradebook.csv columns: student (the folder name), total, then one column per rubric item id \
      with the points earned; RFC 4180, CRLF line ends, cells that could start a formula prefixed \
      with '. Moodle: Grades > Import > CSV, map `student` to username or ID number and `total` to \
      the grade item. Canvas: Grades > Import matches `SIS User ID` or `SIS Login ID`: name the \
      folders after either and rename the `student` header. A student the grader could not grade \
      (not their fault) has empty cells, so an import leaves their grade alone.

      A submission that does not compile or crashes is graded (0 for what could not run) and the \
      batch goes on. Students are graded by worker processes, one student at a time each: a \
      failure of the grader itself while grading one student costs only that student, retried \
      once in a fresh worker. Stop a batch at any time and run the same command again: finished \
      students are kept unless their submission changed (content hash); the others are graded.

      Large classes: --emit slurm writes an sbatch array script, --emit kubernetes an Indexed Job; \
      each task grades `--slice I/N` (students sorted by id, dealt round-robin, I from 0) into \
      <out>/slice-I. Then `descent batch --merge <out>/slice-* --out <out>/merged` joins them, \
      refusing a missing slice or student or a student in two slices.

      Limits apply to every student as in `descent grade` (see its --help), and --emit passes them \
      to every task. A rerun with other limits regrades every student.

      Exit status: 0 when every student is graded; 1 when the grader failed for some students \
      (listed in the class report; run again to retry them); 2 for misuse; 3 when the grader \
      cannot work here.
      """)

  @OptionGroup var target: AssignmentOptions

  @OptionGroup(title: "Limits") var limits: LimitOptions

  @Option(help: ArgumentHelp("The folder holding one submission folder per student.", valueName: "dir"))
  var submissions: String?

  @Option(help: ArgumentHelp("The output folder (rerun with the same one to resume).", valueName: "dir"))
  var out: String?

  @Option(help: ArgumentHelp("Students graded at once (default: the number of cores).", valueName: "n"))
  var jobs: Int?

  @Option(help: ArgumentHelp("Grade only slice I of N (0 ≤ I < N).", valueName: "i/n"))
  var slice: String?

  @Option(help: ArgumentHelp("Write a cluster job instead of grading: slurm or kubernetes.", valueName: "kind"))
  var emit: String?

  @Option(help: ArgumentHelp("With --emit: how many slices (tasks).", valueName: "n"))
  var slices: Int?

  @Option(
    name: .customLong("emit-to"),
    help: ArgumentHelp("With --emit: write the job here, not to standard output.", valueName: "file"))
  var emitTo: String?

  @Option(
    help: ArgumentHelp(
      "With --emit kubernetes (required): the image `descent package image` builds, as pushed.", valueName: "image"))
  var image: String?

  @Option(
    help: ArgumentHelp(
      "With --emit kubernetes: the volume claim holding the submissions and the output.", valueName: "name"))
  var claim: String = "descent-grading"

  @Option(
    name: .customLong("mount-path"),
    help: ArgumentHelp("With --emit kubernetes: where the claim is mounted.", valueName: "dir"))
  var mountPath: String = "/grading"

  @Flag(help: "Also write each student's report.html: the feedback with a figure of each item.")
  var html = false

  @Flag(
    name: .customLong("no-compile-cache"),
    help: "Compile every submission again, instead of reusing programs kept in <out>/.program-cache.")
  var noCompileCache = false

  @Option(
    parsing: .upToNextOption, help: ArgumentHelp("Merge these slice output folders into --out.", valueName: "dir"))
  var merge: [String] = []

  /// The folder in <out> where compiled programs are kept for a regrade.
  static let programCacheName = ".program-cache"

  /// This `descent`, whose grading workers (`descent grade-worker`) grade the students, one at a time each.
  private static var executable: URL {
    Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
  }

  func run() async throws {
    try await CommandFailure.reporting {
      let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      guard let out, !out.isEmpty else { throw CommandFailure.misuse("--out <dir> is required") }
      let outURL = URL(fileURLWithPath: out, relativeTo: here).standardizedFileURL
      if !merge.isEmpty {
        let report = try BatchMerge.merge(
          slices: merge.map { URL(fileURLWithPath: $0, relativeTo: here).standardizedFileURL }, into: outURL)
        print("merged \(merge.count) slices: \(report.studentCount) students into \(out)")
        return
      }
      guard let assignment = target.assignment, !assignment.isEmpty else {
        throw CommandFailure.misuse("--assignment <name> is required, e.g. --assignment optimizers")
      }
      guard let submissions else { throw CommandFailure.misuse("--submissions <dir> is required") }
      if let jobs, jobs < 1 { throw CommandFailure.misuse("--jobs must be at least 1, got \(jobs)") }
      let workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount
      let gradingLimits = try limits.limits()
      if let emit {
        try write(
          scheduler: emit, assignment: assignment, submissions: submissions, out: out, jobs: workers,
          limits: gradingLimits, here: here)
        return
      }
      let chosenSlice = try slice.map { text throws(BatchError) in try BatchSlice(parsing: text) } ?? .whole
      let submissionsURL = URL(fileURLWithPath: submissions, relativeTo: here).standardizedFileURL
      let roster = try SubmissionRoster(listing: submissionsURL)
      let rubric = try GradingTarget.loadRubric(of: assignment, target, near: submissionsURL)
      let graded = gradingLimits.applied(to: rubric)
      let resourceLimits = gradingLimits.resourceLimits()
      let programCache = outURL.appendingPathComponent(Self.programCacheName)
      var executor = try SubmissionGrading.executor(limits: gradingLimits)
      executor.programCache = noCompileCache ? nil : CompiledProgramCache(folder: programCache)
      var runner = BatchRunner(
        grader: Grader(executor: executor),
        rubric: graded, jobs: workers, limits: resourceLimits,
        isolation: GradingWorkers(
          executable: Self.executable,
          workerArguments: ["grade-worker", "--assignment", assignment] + target.absoluteArguments(from: here)
            + gradingLimits.arguments + (html ? ["--figures"] : [])
            + (noCompileCache ? [] : ["--compile-cache", programCache.path]),
          timeLimit: graded.items.reduce(resourceLimits.compileTime + .seconds(120)) { $0 + $1.timeLimit * 2 },
          workingDirectory: here))
      runner.writesHTML = html
      let bar = BatchProgressBar.standardError()
      let outcome = try await runner.run(roster: roster, slice: chosenSlice, out: outURL) { bar.update($0) }
      bar.finish()
      let report = outcome.classReport
      print(
        "graded \(outcome.graded.count) students, kept \(outcome.resumed.count) from an earlier run;"
          + " \(report.buildFailures.count) did not compile; results in \(out)")
      if !report.graderFailures.isEmpty {
        CommandFailure.report(
          "the grader failed for \(report.graderFailures.count) students (see \(out)/\(BatchSummary.markdownName));"
            + " run the same command again to retry them")
        throw CommandFailure.needsAttention
      }
    }
  }

  private func write(
    scheduler: String, assignment: String, submissions: String, out: String, jobs: Int, limits: GradingLimits,
    here: URL
  ) throws(CommandFailure) {
    guard let slices, slices >= 1 else { throw .misuse("--emit needs --slices <n>, the number of tasks (at least 1)") }
    guard slice == nil else { throw .misuse("--emit writes every slice's task: leave out --slice") }
    var job = SchedulerScript(
      assignment: assignment, submissions: submissions, out: out, slices: slices, jobs: jobs, course: target.course,
      rubric: target.rubric, limits: limits)
    job.executable = Self.executable.standardizedFileURL.path
    let text: String
    switch scheduler {
    case "slurm": text = job.slurm
    case "kubernetes":
      guard let image, !image.isEmpty else {
        throw .misuse(
          "--emit kubernetes needs --image <name>: build it with `descent package image --assignment \(assignment)`"
            + " and push it (see that folder's README.md)")
      }
      do {
        text = try job.kubernetes(image: image, claim: claim, mountPath: mountPath)
      } catch {
        throw .misuse(error.description)
      }
    default: throw .misuse("--emit must be slurm or kubernetes, got '\(scheduler)'")
    }
    guard let emitTo else {
      print(text, terminator: "")
      return
    }
    do {
      try ReportFiles.write(text, to: URL(fileURLWithPath: emitTo, relativeTo: here))
    } catch {
      throw .misuse(error.description)
    }
  }
}
