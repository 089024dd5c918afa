import ArgumentParser
import DescentReports
import DescentEngine
import Foundation

/// `descent package prairielearn`: writes the PrairieLearn external grader folder.
struct PrairieLearnPackageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prairielearn",
    abstract: "Write the PrairieLearn external grader (Dockerfile, run_grader, engine, rubric) of an assignment.",
    discussion: """
      Example:
        descent package prairielearn --assignment optimizers --out graders/optimizers

      The folder's README.md shows the info.json settings. run_grader reads $DESCENT_AUTOGRADER_ROOT \
      instead of /grade and $DESCENT_EXECUTABLE instead of the descent built in the image. The limit \
      options are written into run_grader's `descent grade` (see descent grade --help); info.json's \
      timeout still bounds the whole run.
      """)

  @OptionGroup var target: PackagingOptions

  @OptionGroup(title: "Limits for descent grade") var limits: LimitOptions

  @Option(help: ArgumentHelp("The folder to write (must not exist or be empty).", valueName: "dir"))
  var out: String

  @Option(
    name: .customLong("swift-image"),
    help: ArgumentHelp("The Swift container image the grader is built on.", valueName: "image"))
  var swiftImage: String = KitWorkflows.defaultSwiftImage

  func run() throws {
    try CommandFailure.reporting {
      let layout = try target.courseLayout()
      let package = try PrairieLearnPackage(
        course: layout, assignmentName: target.assignment, swiftImage: swiftImage,
        limits: try limits.limits())
      let count = try package.write(to: URL(fileURLWithPath: out))
      print("wrote \(out): \(count) files (Dockerfile, run_grader, engine/, course/)")
    }
  }
}

/// `descent package prairielearn-results`: converts the Gradescope
/// results.json of `descent grade` to PrairieLearn's format (run_grader's second step).
struct PrairieLearnResultsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prairielearn-results",
    abstract: "Convert descent grade's Gradescope results.json to PrairieLearn's results.json.",
    shouldDisplay: false)

  @Option(help: ArgumentHelp("The Gradescope results.json to read.", valueName: "file"))
  var from: String

  @Option(help: ArgumentHelp("The PrairieLearn results.json to write (atomically).", valueName: "file"))
  var out: String

  func run() throws {
    try CommandFailure.reporting {
      let input = URL(fileURLWithPath: from)
      let document: GradescopeResults.Document
      do {
        document = try JSONDecoder().decode(GradescopeResults.Document.self, from: Data(contentsOf: input))
      } catch {
        throw KitError("\(input.path) is not a Gradescope results.json written by descent grade: \(error)")
      }
      try ReportFiles.write(try PrairieLearnResults(gradescope: document).data(), to: URL(fileURLWithPath: out))
    }
  }
}
