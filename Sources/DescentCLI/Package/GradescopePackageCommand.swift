import ArgumentParser
import DescentEngine
import Foundation

/// `descent package gradescope`: writes the Gradescope autograder zip.
struct GradescopePackageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gradescope",
    abstract: "Write the Gradescope autograder zip of an assignment.",
    discussion: """
      The zip holds setup.sh (installs the Swift toolchain when absent and builds the engine in \
      release), run_autograder (grades /autograder/submission with every rubric item and writes \
      /autograder/results/results.json), the engine's sources, and the assignment's rubric and \
      README; never the solution. Upload it as the assignment's autograder ("Zip file upload").

      Example:
        descent package gradescope --assignment optimizers --out optimizers-autograder.zip

      Both scripts read $DESCENT_AUTOGRADER_ROOT instead of /autograder when it is set, and \
      run_autograder uses $DESCENT_EXECUTABLE instead of the descent it built; setup.sh does \
      nothing when DESCENT_SKIP_SETUP=1. The zip is written atomically. The limit options are \
      written into run_autograder's `descent grade` (see descent grade --help); Gradescope's own \
      autograder timeout still bounds the whole run.
      """)

  @OptionGroup var target: PackagingOptions

  @OptionGroup(title: "Limits for descent grade") var limits: LimitOptions

  @Option(help: ArgumentHelp("The zip to write.", valueName: "file.zip"))
  var out: String

  @Option(
    name: .customLong("swift-version"),
    help: ArgumentHelp("The Swift release setup.sh installs when the image has none.", valueName: "version"))
  var swiftVersion: String = AutograderLayout.defaultSwiftVersion

  @Flag(help: "Show each item's figures in Gradescope (tests' output as HTML with inline SVG images).")
  var figures = false

  func run() throws {
    try CommandFailure.reporting {
      let layout = try target.courseLayout()
      var package = try GradescopePackage(
        course: layout, assignmentName: target.assignment, swiftVersion: swiftVersion,
        limits: try limits.limits())
      package.figures = figures
      let destination = URL(fileURLWithPath: out)
      let count = try package.write(to: destination)
      print("wrote \(destination.path): \(count) files (setup.sh, run_autograder, engine/, course/)")
    }
  }
}
