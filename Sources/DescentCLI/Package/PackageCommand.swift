import ArgumentParser

/// `descent package`: writes an assignment's autograder for a grading platform.
struct PackageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "package",
    abstract: "Write an assignment's autograder for Gradescope or PrairieLearn, or its grading image for a cluster.",
    subcommands: [
      GradescopePackageCommand.self, PrairieLearnPackageCommand.self, ImagePackageCommand.self,
      PrairieLearnResultsCommand.self,
    ])
}
