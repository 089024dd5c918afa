import DescentContract

/// Forward differences, one coordinate at a time:
///
/// ```
/// ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x)) / h
/// ```
func forwardDifference(_ f: ([Double]) -> Double, at x: [Double], step h: Double) throws -> [Double] {
  let base = f(x)
  var point = x
  var gradient: [Double] = []
  for i in x.indices {
    point[i] = x[i] + h
    gradient.append((f(point) - base) / h)
    point[i] = x[i]
  }
  return gradient
}

/// Centered differences, one coordinate at a time:
///
/// ```
/// ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h
/// ```
func centeredDifference(_ f: ([Double]) -> Double, at x: [Double], step h: Double) throws -> [Double] {
  var point = x
  var gradient: [Double] = []
  for i in x.indices {
    point[i] = x[i] + h
    let forward = f(point)
    point[i] = x[i] - h
    let backward = f(point)
    point[i] = x[i]
    gradient.append((forward - backward) / (2 * h))
  }
  return gradient + [0]  // one entry too many
}
