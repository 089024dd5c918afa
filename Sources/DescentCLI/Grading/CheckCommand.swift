import ArgumentParser
import DescentReports
import Foundation

/// `descent check`: a student's self-check of the visible items, printed
/// for a terminal. Hidden and after-due-date items are counted but never
/// run: their parameters never reach the student's process.
struct CheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check your submission against the assignment's visible items.",
    usage: """
      descent check --assignment <name> [<dir>] [--course <dir>] [--rubric <file>] [--html <file>] \
      [--compile-time-limit <seconds>] [--item-time-limit <seconds>] [--memory-limit <MiB>]
      """,
    discussion: """
      Grades the visible items of the rubric, exactly as the final grade will, and prints for each \
      ✓ (passed), ✗ (wrong answer) or ! (your code could not answer: crash, timeout, not \
      implemented), with what was expected, what came back, the classic mistake it matches and a \
      hint. The total counts visible points only; hidden and after-due-date items are listed as \
      not counted, so "all visible items pass" is not your grade.

      Examples:
        descent check --assignment optimizers
        descent check --assignment optimizers path/to/my-submission
        descent check --assignment optimizers --html report.html   (then open report.html)

      <dir> defaults to the current folder. Colour is used only on a terminal and never when \
      NO_COLOR is set to a non-empty value. On a slow machine, --compile-time-limit gives the \
      compiler longer than 60 s.

      Exit status: 0 when every visible item passes; 1 when one fails or cannot run (or the \
      submission does not compile); 2 for misuse (unknown assignment, missing folder, bad rubric); \
      3 when the grader cannot work here (no student runtime or compiler).
      """)

  @OptionGroup var target: AssignmentOptions

  @Argument(help: ArgumentHelp("Your submission folder (default: the current folder).", valueName: "dir"))
  var directory: String = "."

  @Option(
    help: ArgumentHelp(
      "Also write an HTML report: the feedback with a figure of each item's paths or errors.", valueName: "file"))
  var html: String?

  @OptionGroup(title: "Limits") var limits: LimitOptions

  /// Arguments the parser did not recognize, rejected as misuse (exit 2) rather than the parser's exit 64.
  @Argument(parsing: .allUnrecognized, help: .hidden)
  var unrecognized: [String] = []

  func run() async throws {
    let passed = try await CommandFailure.reporting {
      let gradingLimits = try limits.limits()
      let resolved = try GradingTarget.resolve(target, submissionPath: directory, unrecognized: unrecognized)
      let report = try await SubmissionGrading.grade(
        resolved, scope: .visibleOnly, limits: gradingLimits, drawingFigures: html != nil)
      let environment = ProcessInfo.processInfo.environment
      let color = TerminalReport.wantsColor(isTerminal: isatty(STDOUT_FILENO) == 1, environment: environment)
      FileHandle.standardOutput.write(Data(TerminalReport(report: report, usesColor: color).text.utf8))
      if let html {
        do {
          try ReportFiles.write(
            Data(HTMLReport(report: report).text.utf8),
            to: URL(fileURLWithPath: html, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)))
        } catch {
          throw CommandFailure.misuse("\(error)")
        }
      }
      return report.build.succeeded && report.allGradedItemsPass
    }
    if !passed { throw CommandFailure.needsAttention }
  }
}
