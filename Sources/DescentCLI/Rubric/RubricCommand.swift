import ArgumentParser

/// `descent rubric`: checks an assignment's rubric before students are graded with it.
struct RubricCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rubric",
    abstract: "Check a rubric before grading with it.",
    discussion: """
      Example:
        descent rubric lint --assignment optimizers
      """,
    subcommands: [RubricLintCommand.self])
}
