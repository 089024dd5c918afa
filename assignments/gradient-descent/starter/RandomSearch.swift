import DescentContract

/// Random search: draw `tries` weight vectors W = scale · z, z ~ N(0, I)
/// (`generator.nextNormal()`, one per coordinate, in order), and keep the
/// one with the lowest loss (the first, on a tie).
func randomSearch(
  _ f: ([Double]) -> Double, dimension: Int, tries: Int, scale: Double, generator: inout SeededGenerator
) throws -> [Double] {
  // TODO: sample fresh weights each try and remember the best.
  throw NotImplemented()
}
