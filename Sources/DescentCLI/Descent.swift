import ArgumentParser

/// The `descent` command: grades students' optimization code against a
/// float64 reference, and lets instructors query that reference directly.
@main
struct Descent: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "descent",
    abstract: "Grade deep-learning optimization assignments against a float64 reference.",
    discussion: """
      Students: `descent check --assignment optimizers` checks your work locally.
      Instructors: `descent grade`, `descent batch`, `descent kit`, `descent package gradescope`.
      Everyone: `descent reference trajectory` prints what the reference optimizer does.
      """,
    subcommands: [ReferenceCommand.self, GradeCommand.self, CheckCommand.self, BatchCommand.self])
}
