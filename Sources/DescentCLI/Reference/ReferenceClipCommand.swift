import ArgumentParser
import DescentReference
import Foundation

/// `descent reference clip`: a gradient clipped by norm or by value, as
/// torch.nn.utils.clip_grad_norm_ and clip_grad_value_ do.
struct ReferenceClipCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "clip",
    abstract: "Clip a gradient by its norm or by value, as torch.nn.utils does.",
    discussion: """
      --norm c scales g by c / (‖g‖ + 1e-6) when that is below 1 (--norm-type p, default 2; inf for the \
      largest magnitude); --value c clamps each entry to [−c, c]. Prints one JSON object: "gradient" \
      (clipped), and with --norm the "total_norm" ‖g‖ before clipping.

      Examples:
        descent reference clip --norm 1 --gradient 3,4
        descent reference clip --value 0.5 --gradient 3,-0.2,-4

      Exit status: 0; 2 for input that cannot be used (one line on standard error).
      """)

  @Option(
    parsing: .unconditional, help: ArgumentHelp("The gradient, comma-separated.", valueName: "g1,g2,..."))
  var gradient: String

  @Option(help: ArgumentHelp("Clip by norm to this largest norm.", valueName: "c"))
  var norm: Double?

  @Option(name: .customLong("norm-type"), help: ArgumentHelp("The norm's p (default 2; inf).", valueName: "p"))
  var normType: Double = 2

  @Option(help: ArgumentHelp("Clip each entry to [−c, c].", valueName: "c"))
  var value: Double?

  func run() throws {
    let output: ReferenceJSON = try ReferenceFailure.input {
      let g = try TrajectoryRequest.point(gradient, option: "--gradient")
      switch (norm, value) {
      case (let maximum?, nil):
        let clipping = try GradientNormClipping(maxNorm: maximum, normType: normType)
        let (clipped, total) = clipping.clipWithNorm(g)
        return .object([("gradient", .numbers(clipped)), ("total_norm", .number(total))])
      case (nil, let limit?):
        return .object([("gradient", .numbers(try GradientValueClipping(clipValue: limit).clip(g)))])
      default:
        throw ReferenceInputError("give exactly one of --norm <c> and --value <c>")
      }
    }
    print(output.text)
  }
}
