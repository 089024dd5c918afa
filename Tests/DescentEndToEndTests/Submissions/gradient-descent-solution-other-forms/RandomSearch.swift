import DescentContract

/// Random search keeping the index of the best try and its weights.
func randomSearch(
  _ f: ([Double]) -> Double, dimension: Int, tries: Int, scale: Double, generator: inout SeededGenerator
) throws -> [Double] {
  var candidates: [[Double]] = []
  var losses: [Double] = []
  for _ in 0..<tries {
    let z = (0..<dimension).map { _ in generator.nextNormal() }
    let weights = z.map { $0 * scale }
    candidates.append(weights)
    losses.append(f(weights))
  }
  var bestIndex = 0
  for index in losses.indices where losses[index] < losses[bestIndex] { bestIndex = index }
  return candidates.isEmpty ? [] : candidates[bestIndex]
}
