import ArgumentParser
import Foundation

/// The `descent` command: grades students' optimization code against a
/// float64 reference, and lets instructors query that reference directly.
@main
struct Descent: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "descent",
    abstract: "Grade deep-learning optimization assignments against a float64 reference.",
    discussion: """
      Students: `descent check --assignment optimizers` checks your work locally.
      Instructors: `descent grade`, `descent batch`, `descent kit`, `descent package gradescope`,
      `descent rubric lint`.
      Everyone: `descent reference trajectory` prints what the reference optimizer does; \
      `descent plot` draws reference optimizers side by side.

      Shell completion: `descent --generate-completion-script bash` (or zsh, fish) prints a \
      script to source from your shell's start-up file.
      """,
    version: DescentVersion.text,
    subcommands: [
      ReferenceCommand.self, GradeCommand.self, CheckCommand.self, BatchCommand.self, KitCommand.self,
      PackageCommand.self, RubricCommand.self, PlotCommand.self, GradeWorkerCommand.self,
    ])

  /// Runs the command; misuse the argument parser catches (an unknown
  /// option, a missing value) exits with status 2 and one line, as every
  /// other misuse does (``CommandFailure``), instead of the parser's usage
  /// text and status 64.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
      let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
      CommandFailure.report("\(message) (see descent --help)")
      exit(withError: CommandFailure.Kind.misuse.exitCode)
    }
  }
}
