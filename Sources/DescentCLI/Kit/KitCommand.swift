import ArgumentParser
import DescentEngine
import Foundation

/// `descent kit`: writes the student kit of one assignment.
struct KitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kit",
    abstract: "Write the student kit of an assignment: a SwiftPM package with the starter code and a self-check.",
    discussion: """
      The kit holds the starter code (Sources/Submission), the student contract and the self-check \
      as source, the assignment's README, the visible items with the reference's expected numbers \
      (descent-selfcheck.json), and CI files for GitHub Actions and GitLab. It never holds the \
      reference, the engine, the rubric, the solution, or any hidden item beyond its points.

      Example:
        descent kit --assignment optimizers --out kits/optimizers
        cd kits/optimizers && swift run selfcheck

      The folder is written beside --out and moved into place once complete; --out must not \
      exist or be empty. Exit status 2 with one line on standard error when it cannot be written.
      """)

  @OptionGroup var target: PackagingOptions

  @Option(help: ArgumentHelp("The kit's folder (must not exist or be empty).", valueName: "dir"))
  var out: String

  @Option(
    name: .customLong("swift-image"),
    help: ArgumentHelp("The Swift container image the kit's CI jobs run in.", valueName: "image"))
  var swiftImage: String = KitWorkflows.defaultSwiftImage

  func run() throws {
    try CommandFailure.reporting {
      let layout = try target.courseLayout()
      let writer = try KitWriter(course: layout, assignmentName: target.assignment, swiftImage: swiftImage)
      let summary = try writer.write(to: URL(fileURLWithPath: out))
      print(
        "wrote \(summary.folder.path): \(summary.fileCount) files, \(summary.visibleItems) visible items to"
          + " self-check, \(summary.withheldItems) hidden items by points only")
    }
  }
}
