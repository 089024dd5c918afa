import ArgumentParser
import DescentEngine
import Foundation

/// `descent rubric lint`: reports items whose verdicts would not mean what
/// they say (rounding that decides a trajectory's late steps, a numeric
/// gradient the exact one passes, a gradient check a zero passes), each
/// with what to change.
struct RubricLintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Report items whose verdicts would not mean what they say, with what to change.",
    discussion: """
      Each kind of check looks at its own items. Trajectory items: the reference is rerun with its start \
      moved by a few roundings and a few ulps of noise per step, and an item is reported where 100× that \
      spread exceeds its tolerance within its steps (from that step on the grader compares loosely, so \
      that no correct implementation fails for rounding), with the step count to shorten it to. \
      Numeric-gradient items: reported when the exact gradient would pass (the step is too small). \
      Gradient-check items: reported when the reference's own check reads the gradient handed over on \
      the wrong side of 1e-7.

      Exit status: 0 when there is nothing to report, 1 when an item is reported, 2 on misuse.

      Examples:
        descent rubric lint --assignment optimizers
        descent rubric lint --assignment optimizers --rubric my-rubric.yaml
      """)

  @OptionGroup var options: AssignmentOptions

  @Argument(parsing: .allUnrecognized, help: .hidden)
  var unrecognized: [String] = []

  func run() throws {
    try CommandFailure.reporting {
      if let unknown = unrecognized.first {
        throw CommandFailure.misuse("unknown option or extra argument '\(unknown)' (see --help)")
      }
      guard let name = options.assignment, !name.isEmpty else {
        throw CommandFailure.misuse("--assignment <name> is required, e.g. --assignment optimizers")
      }
      let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      let rubric = try GradingTarget.loadRubric(of: name, options, near: here)
      let findings: [RubricLintFinding]
      do {
        findings = try RubricLint.findings(for: rubric)
      } catch {
        throw CommandFailure.misuse("\(rubric.source): the reference cannot run an item: \(error)")
      }
      for finding in findings { print(finding.message) }
      guard findings.isEmpty else { throw CommandFailure.needsAttention }
      print("\(rubric.source): every item is judged as written (trajectories at their tolerance at every step)")
    }
  }
}
