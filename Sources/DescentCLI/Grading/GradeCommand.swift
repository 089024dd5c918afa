import ArgumentParser
import DescentEngine
import DescentReports
import Foundation

/// `descent grade`: an instructor's grade of one submission, every item
/// counted, written as JUnit XML, feedback text, Markdown and Gradescope
/// results.json.
struct GradeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "grade",
    abstract: "Grade one submission against an assignment's rubric, hidden items included.",
    usage: """
      descent grade --assignment <name> --submission <dir> [--course <dir>] [--rubric <file>] \
      [--junit <file>] [--feedback <file>] [--results-json <file>] [--markdown <file>] [--html <file>] \
      [--report-json <file>] \
      [--compile-time-limit <seconds>] [--item-time-limit <seconds>] [--memory-limit <MiB>]
      """,
    discussion: """
      Compiles the submission (a folder of .swift files) against the student contract, runs every \
      rubric item in a contained process, compares each answer with the float64 reference computed \
      here, and writes the reports. Nothing the student's code prints can change a score.

      Examples:
        descent grade --assignment optimizers --submission submissions/alice
        descent grade --assignment optimizers --submission /autograder/submission \\
          --results-json /autograder/results/results.json --junit out/alice.xml

      Feedback text goes to standard output unless --feedback names a file. Report files are \
      written atomically (a reader never sees half a file); missing folders are created.

      Limits: the rubric sets each item's wall-clock limit (timeout_seconds, else its defaults, \
      else 2 s); --item-time-limit only lowers those above it, never raises one. \
      --compile-time-limit (default 60 s, 1 s to 3600 s) and --memory-limit (default 1024 MiB, \
      128 to 65536) replace the engine's defaults for the whole run. A value that is not a number \
      in range is misuse.

      Exit status: 0 once the submission is graded, whatever its score (a submission that does not \
      compile is graded 0); 2 for misuse (unknown assignment, missing folder, bad rubric, a report \
      path that cannot be written: one line on standard error naming it); 3 when the grader cannot \
      work here (no student runtime or compiler, a failure of the grader's own).
      """)

  @OptionGroup var target: AssignmentOptions

  @Option(help: ArgumentHelp("The submission: a folder of .swift files.", valueName: "dir"))
  var submission: String?

  @Option(help: ArgumentHelp("Write JUnit XML (one testcase per rubric item) here.", valueName: "file"))
  var junit: String?

  @Option(help: ArgumentHelp("Write the feedback text here instead of standard output.", valueName: "file"))
  var feedback: String?

  @Option(
    name: .customLong("results-json"),
    help: ArgumentHelp("Write Gradescope's results.json here.", valueName: "file"))
  var resultsJSON: String?

  @Option(help: ArgumentHelp("Write the feedback as Markdown here.", valueName: "file"))
  var markdown: String?

  @Option(
    help: ArgumentHelp(
      "Write a self-contained HTML report here: the feedback with a figure of each item's paths or errors.",
      valueName: "file"))
  var html: String?

  @Option(
    name: .customLong("report-json"),
    help: ArgumentHelp(
      "Write the whole grade report (every item's outcome, score, explanation and named mistake) as JSON here,"
        + " for scripts.", valueName: "file"))
  var reportJSON: String?

  @Option(
    help: ArgumentHelp(
      "Who reads the feedback: student (hidden items show their score only) or instructor.",
      valueName: "student|instructor"))
  var audience: String = FeedbackAudience.student.rawValue

  @Flag(
    name: .customLong("gradescope-figures"),
    help: "In --results-json, write each test's output as HTML with the item's figures (Gradescope's html format).")
  var gradescopeFigures = false

  @Option(
    name: .customLong("compile-cache"),
    help: ArgumentHelp(
      "Keep the compiled program in this folder and reuse it when the same sources are graded again"
        + " (with the same compiler and runtime).", valueName: "dir"))
  var compileCache: String?

  /// Figures in --report-json without --html: `descent batch --html` asks its graders for them.
  @Flag(name: .customLong("figures"), help: .hidden)
  var figures = false

  @OptionGroup(title: "Limits") var limits: LimitOptions

  /// Arguments the parser did not recognize, rejected as misuse (exit 2) rather than the parser's exit 64.
  @Argument(parsing: .allUnrecognized, help: .hidden)
  var unrecognized: [String] = []

  func run() async throws {
    try await CommandFailure.reporting {
      let gradingLimits = try limits.limits()
      guard let submission else {
        throw CommandFailure.misuse("--submission <dir> is required: the folder of .swift files to grade")
      }
      guard let audience = FeedbackAudience(rawValue: audience) else {
        throw CommandFailure.misuse("--audience must be student or instructor, got '\(audience)'")
      }
      let resolved = try GradingTarget.resolve(
        target, submissionPath: submission, unrecognized: unrecognized, gradesEmptyFolders: true)
      let report = try await SubmissionGrading.grade(
        resolved, scope: .all, limits: gradingLimits, drawingFigures: html != nil || figures || gradescopeFigures,
        programCache: compileCache.map { CompiledProgramCache(folder: URL(fileURLWithPath: $0)) })
      try write(report, audience: audience)
    }
  }

  /// Writes every report asked for, then the feedback to standard output if no file was named for it.
  private func write(_ report: GradeReport, audience: FeedbackAudience) throws(CommandFailure) {
    let feedbackText = FeedbackReport(report: report, audience: audience).text
    var files: [(path: String, data: () throws -> Data)] = []
    if let junit {
      files.append((junit, { JUnitReport(report: report, timestamp: Date(), hostname: Self.hostname).data() }))
    }
    if let feedback { files.append((feedback, { Data(feedbackText.utf8) })) }
    if let resultsJSON {
      files.append((resultsJSON, { try GradescopeResults(report: report, showsFigures: gradescopeFigures).data() }))
    }
    if let reportJSON { files.append((reportJSON, { try Self.json(report) })) }
    if let markdown {
      files.append((markdown, { Data(MarkdownFeedbackReport(report: report, audience: audience).text.utf8) }))
    }
    if let html { files.append((html, { Data(HTMLReport(report: report, audience: audience).text.utf8) })) }
    let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    for file in files {
      let data: Data
      do {
        data = try file.data()
      } catch {
        throw .unavailable("cannot encode \(file.path): \(error)")
      }
      do {
        try ReportFiles.write(data, to: URL(fileURLWithPath: file.path, relativeTo: directory))
      } catch {
        throw .misuse(error.description)
      }
    }
    if feedback == nil {
      FileHandle.standardOutput.write(Data(feedbackText.utf8))
    }
  }

  /// The report as stable JSON: keys sorted, one per line.
  static func json(_ report: GradeReport) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(report)
    data.append(0x0A)
    return data
  }

  /// This machine's name for JUnit's `hostname` attribute.
  private static var hostname: String { ProcessInfo.processInfo.hostName }
}
