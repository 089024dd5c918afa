import ArgumentParser
import DescentCore
import DescentReference
import Foundation

/// `descent reference init`: weights drawn by Xavier (Glorot) or He
/// (Kaiming) initialization from a seed, with the bound or standard
/// deviation the scheme prescribes.
struct ReferenceInitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Draw initial weights by Xavier or He initialization from a seed.",
    discussion: """
      xavier: std = gain·√(2 / (fan_in + fan_out)), bound = √3·std; he: std = gain / √fan (fan_in by \
      default, --mode fan_out), gain √2 for ReLU; --distribution uniform (U(−bound, bound), the default) or \
      normal (N(0, std²)), as torch.nn.init's xavier_* and kaiming_* functions define them. The same seed \
      gives the same weights (SplitMix64, the course's generator).

      Prints one JSON object: "scheme", "distribution", "std", "bound", "mean" and "variance" of the draw, \
      and "weights" (inputs rows of outputs columns).

      Example:
        descent reference init --scheme he --inputs 256 --outputs 128 --seed 7

      Exit status: 0; 2 for input that cannot be used (one line on standard error).
      """)

  @Option(help: ArgumentHelp("xavier or he.", valueName: "scheme"))
  var scheme: String

  @Option(help: ArgumentHelp("fan_in: rows of the weight matrix (1 to 4096).", valueName: "n"))
  var inputs: Int

  @Option(help: ArgumentHelp("fan_out: columns of the weight matrix (1 to 4096).", valueName: "n"))
  var outputs: Int

  @Option(help: ArgumentHelp("The generator's seed.", valueName: "n"))
  var seed: UInt64

  @Option(help: ArgumentHelp("uniform (default) or normal.", valueName: "kind"))
  var distribution: String = "uniform"

  @Option(help: ArgumentHelp("he: fan_in (default) or fan_out.", valueName: "mode"))
  var mode: String = "fan_in"

  func run() throws {
    let (std, bound, weights): (Double, Double, [Double]) = try ReferenceFailure.input {
      guard (1...4096).contains(inputs), (1...4096).contains(outputs) else {
        throw ReferenceInputError("--inputs and --outputs must be 1 to 4096, got \(inputs) and \(outputs)")
      }
      guard let kind = InitializationDistribution(rawValue: distribution) else {
        throw ReferenceInputError("--distribution must be uniform or normal, got '\(distribution)'")
      }
      var generator = SeededGenerator(seed: seed)
      switch scheme {
      case "xavier":
        let scheme = XavierInitialization(kind)
        let matrix = scheme.weights(inputs: inputs, outputs: outputs, using: &generator)
        return (
          scheme.standardDeviation(fanIn: inputs, fanOut: outputs), scheme.bound(fanIn: inputs, fanOut: outputs),
          matrix.scalars
        )
      case "he":
        guard let fan = KaimingInitialization.Mode(rawValue: mode) else {
          throw ReferenceInputError("--mode must be fan_in or fan_out, got '\(mode)'")
        }
        let scheme = KaimingInitialization(kind, mode: fan)
        let matrix = scheme.weights(inputs: inputs, outputs: outputs, using: &generator)
        return (
          scheme.standardDeviation(fanIn: inputs, fanOut: outputs), scheme.bound(fanIn: inputs, fanOut: outputs),
          matrix.scalars
        )
      default:
        throw ReferenceInputError("unknown scheme '\(scheme)' (known: xavier, he)")
      }
    }
    let mean = weights.reduce(0, +) / Double(weights.count)
    let variance = weights.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(weights.count)
    let rows = (0..<inputs).map { Array(weights[($0 * outputs)..<(($0 + 1) * outputs)]) }
    print(
      ReferenceJSON.object([
        ("scheme", .string(scheme)), ("distribution", .string(distribution)), ("std", .number(std)),
        ("bound", .number(bound)), ("mean", .number(mean)), ("variance", .number(variance)),
        ("weights", .rows(rows)),
      ]).text)
  }
}
