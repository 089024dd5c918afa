import DescentCore

/// The classic wrong random searches.
///
/// | id                      | what the student wrote                                          |
/// |-------------------------|-----------------------------------------------------------------|
/// | search-keeps-last       | returns the last sample, not the best                           |
/// | search-keeps-worst      | keeps a sample when its loss is higher                          |
/// | search-unscaled         | samples N(0, I) without multiplying by the scale                |
/// | search-local-steps      | random local search: each try perturbs the best weights so far  |
public enum RandomSearchMistakes {
  /// A random search: f, dimension, tries, scale, generator → the weights kept.
  public typealias Routine =
    @Sendable (
      _ f: ([Double]) -> Double, _ dimension: Int, _ tries: Int, _ scale: Double, _ generator: inout SeededGenerator
    ) -> [Double]

  /// The reference: ``RandomSampling/best(of:dimension:tries:scale:generator:)``.
  public static let reference: Routine = { f, dimension, tries, scale, generator in
    RandomSampling.best(of: f, dimension: dimension, tries: tries, scale: scale, generator: &generator)?.point ?? []
  }

  /// Every known mistake.
  public static let all: [RoutineMistake<Routine>] = [
    RoutineMistake(
      id: "search-keeps-last", title: "the last sample returned instead of the best",
      fix: "Remember the weights whose loss is the lowest so far, and return those.",
      routine: { _, dimension, tries, scale, generator in
        var last: [Double] = []
        for _ in 0..<tries { last = RandomSampling.sample(dimension: dimension, scale: scale, generator: &generator) }
        return last
      }),
    RoutineMistake(
      id: "search-keeps-worst", title: "a sample kept when its loss is higher, not lower",
      fix: "Keep a sample when f(W) < best loss: the search minimizes.",
      routine: { f, dimension, tries, scale, generator in
        RandomSampling.best(of: { -f($0) }, dimension: dimension, tries: tries, scale: scale, generator: &generator)?
          .point ?? []
      }),
    RoutineMistake(
      id: "search-unscaled", title: "samples not multiplied by the scale",
      fix: "Draw each weight as scale × generator.nextNormal().",
      routine: { f, dimension, tries, _, generator in
        RandomSampling.best(of: f, dimension: dimension, tries: tries, scale: 1, generator: &generator)?.point ?? []
      }),
    RoutineMistake(
      id: "search-local-steps", title: "random local search where fresh samples were asked",
      fix: "Draw each try's weights afresh (W = scale · z), not as a perturbation of the best so far.",
      routine: { f, dimension, tries, scale, generator in
        guard tries > 0 else { return [] }
        var best = RandomSampling.sample(dimension: dimension, scale: scale, generator: &generator)
        var bestValue = f(best)
        for _ in 1..<tries {
          let step = RandomSampling.sample(dimension: dimension, scale: scale, generator: &generator)
          let candidate = zip(best, step).map { $0 + $1 }
          let value = f(candidate)
          if value < bestValue { (best, bestValue) = (candidate, value) }
        }
        return best
      }),
  ]
}
