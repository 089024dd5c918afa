import DescentCore

/// Random local search, the lecture's baseline: try a random perturbation
/// of the parameters and keep it only if it lowers the loss.
///
/// ```
/// z ~ N(0, I)                      (SeededGenerator(seed).nextNormal(), one per coordinate, in order)
/// x′ = x + lr · z
/// if f(x′) < f(x): x ← x′
/// ```
///
/// The perturbations come from a ``SeededGenerator`` seeded with `seed` and
/// kept across steps, so a run is reproducible: the same seed, start and
/// problem give the same points, on every platform. A rejected candidate
/// still uses up its draws.
/// torch.optim has no equivalent.
public struct RandomSearch: Optimizer, Sendable {
  /// lr, the scale of the perturbation.
  public var scale: Double
  private var generator: SeededGenerator

  /// Creates random search with perturbation scale `scale`, seeded by `seed`.
  public init(scale: Double, seed: UInt64) {
    self.scale = scale
    self.generator = SeededGenerator(seed: seed)
  }

  /// Tries one perturbation and keeps it if the loss drops.
  public mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    var candidate = parameters
    for i in candidate.indices { candidate[i] += scale * generator.nextNormal() }
    if objective.value(at: candidate) < objective.value(at: parameters) { parameters = candidate }
  }
}
