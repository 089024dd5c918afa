import ArgumentParser

/// `descent reference`: asks the float64 reference directly, without grading.
struct ReferenceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reference",
    abstract: "Ask the float64 reference what an optimizer or a loss computes.",
    discussion: """
      Examples:
        descent reference trajectory --optimizer adam --problem rosenbrock --start -1.2,1 --steps 100
        descent reference loss --loss softmax --input batch.json
        descent reference schedule --schedule cosine --lr 0.1 --period 50 --steps 50
        descent reference clip --norm 1 --gradient 3,4
        descent reference init --scheme he --inputs 256 --outputs 128 --seed 7
        descent reference hessian --problem saddle --point 0,0

      Bad input (an unknown name, a start of the wrong dimension, malformed JSON, mismatched shapes) \
      is reported in one line on standard error with exit status 2.
      """,
    subcommands: [
      ReferenceTrajectoryCommand.self, ReferenceLossCommand.self, ReferenceScheduleCommand.self,
      ReferenceClipCommand.self, ReferenceInitCommand.self, ReferenceHessianCommand.self,
      ReferenceGradientCheckCommand.self,
    ])
}
