import ArgumentParser
import DescentEngine
import Foundation

/// `descent rubric lint`: reports trajectory items whose verdicts rounding
/// could decide, with the step where it starts, so that the instructor can
/// shorten them.
struct RubricLintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Report trajectory items long enough for rounding differences to reach their tolerance.",
    discussion: """
      Runs the reference on each trajectory item with its start moved by a few roundings and with a few \
      ulps of noise per step, and reports each item where 100× that spread exceeds the item's tolerance \
      within its steps: from that step on the grader compares loosely (so that no correct implementation \
      fails for rounding), and the finding names the step count to shorten the item to.

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
      print("\(rubric.source): every trajectory item is compared at its tolerance at every step")
    }
  }
}
