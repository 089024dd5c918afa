import DescentContract

/// Forward differences, written with a copy of x per coordinate.
func forwardDifference(_ f: ([Double]) -> Double, at x: [Double], step h: Double) throws -> [Double] {
  let fx = f(x)
  return x.indices.map { i in
    var moved = x
    moved[i] += h
    return (f(moved) - fx) / h
  }
}

/// Centered differences, halved before dividing by h.
func centeredDifference(_ f: ([Double]) -> Double, at x: [Double], step h: Double) throws -> [Double] {
  x.indices.map { i in
    var up = x
    var down = x
    up[i] += h
    down[i] -= h
    return 0.5 * (f(up) - f(down)) / h
  }
}
