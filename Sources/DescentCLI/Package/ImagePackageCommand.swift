import ArgumentParser
import DescentEngine
import Foundation

/// `descent package image`: writes the folder that builds an assignment's
/// grading image for a cluster (`descent batch --emit kubernetes`).
struct ImagePackageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "image",
    abstract: "Write the folder that builds an assignment's grading image for a cluster (Dockerfile, engine, rubric).",
    discussion: """
      Example:
        descent package image --assignment optimizers --out images/optimizers
        docker build -t <registry>/descent-optimizers images/optimizers

      In the image, descent is on the PATH and finds the course by itself, so the job that \
      `descent batch --emit kubernetes --image <registry>/descent-optimizers` writes runs as is. \
      The folder's README.md shows the whole run: build, push, emit, apply, merge.
      """)

  @OptionGroup var target: PackagingOptions

  @Option(help: ArgumentHelp("The folder to write (must not exist or be empty).", valueName: "dir"))
  var out: String

  @Option(
    name: .customLong("swift-image"),
    help: ArgumentHelp("The Swift container image the grader is built on.", valueName: "image"))
  var swiftImage: String = KitWorkflows.defaultSwiftImage

  func run() throws {
    try CommandFailure.reporting {
      let package = try ClusterImagePackage(
        course: try target.courseLayout(), assignmentName: target.assignment, swiftImage: swiftImage)
      let count = try package.write(to: URL(fileURLWithPath: out))
      print("wrote \(out): \(count) files (Dockerfile, README.md, engine/, course/)")
    }
  }
}
