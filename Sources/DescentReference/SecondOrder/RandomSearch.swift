import DescentCore
import Foundation

/// Random local search, the lecture's baseline: try a random perturbation
/// of the parameters and keep it only if it lowers the loss.
///
/// ```
/// z ~ N(0, I)                      (from the seeded generator)
/// x′ = x + lr · z
/// if f(x′) < f(x): x ← x′
/// ```
///
/// The perturbations come from a generator seeded with `seed`, so a run is
/// reproducible: the same seed, start and problem give the same points.
/// torch.optim has no equivalent.
public struct RandomSearch: Optimizer, Sendable {
  /// lr, the scale of the perturbation.
  public var scale: Double
  private var generator: PerturbationGenerator

  /// Creates random search with perturbation scale `scale`, seeded by `seed`.
  public init(scale: Double, seed: UInt64) {
    self.scale = scale
    self.generator = PerturbationGenerator(seed: seed)
  }

  /// Tries one perturbation and keeps it if the loss drops.
  public mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    var candidate = parameters
    for i in candidate.indices { candidate[i] += scale * generator.nextStandardNormal() }
    if objective.value(at: candidate) < objective.value(at: parameters) { parameters = candidate }
  }
}

/// Standard normal samples for ``RandomSearch`` (stand-in until the core's
/// seeded generator is used).
struct PerturbationGenerator: Sendable {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  private mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func nextStandardNormal() -> Double {
    let u1 = (Double(next() >> 11) + 1) / 9_007_199_254_740_993.0
    let u2 = Double(next() >> 11) / 9_007_199_254_740_992.0
    return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }
}
