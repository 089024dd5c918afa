import DescentContract

// The two functions of the hand-written-gradient exercise. Their values are
// given; the gradients are yours. Neither function is in the contract, so
// there is no library gradient to call: the grader compares your gradient
// with central differences of your own function and with its own gradient.

/// Himmelblau's function, with four minima where f = 0 (one at (3, 2)):
///
/// ```
/// f(x, y) = (x² + y − 11)² + (x + y² − 7)²
/// ```
func himmelblau(_ point: [Double]) throws -> Double {
  guard point.count == 2 else { throw DimensionMismatch(function: "himmelblau", expected: 2, got: point.count) }
  let x = point[0]
  let y = point[1]
  let a = x * x + y - 11
  let b = x + y * y - 7
  return a * a + b * b
}

/// ∇f of ``himmelblau(_:)``: derive it by hand with the chain rule.
func himmelblauGradient(_ point: [Double]) throws -> [Double] {
  // TODO: return [∂f/∂x, ∂f/∂y].
  throw NotImplemented()
}

/// The Styblinski–Tang function in n dimensions, minimal near xᵢ = −2.9035:
///
/// ```
/// f(x) = ½ Σᵢ (xᵢ⁴ − 16 xᵢ² + 5 xᵢ)
/// ```
func styblinskiTang(_ x: [Double]) throws -> Double {
  var sum = 0.0
  for xi in x {
    sum += xi * xi * xi * xi - 16 * xi * xi + 5 * xi
  }
  return sum / 2
}

/// ∇f of ``styblinskiTang(_:)``: derive it by hand. Which xⱼ does ∂f/∂xᵢ depend on?
func styblinskiTangGradient(_ x: [Double]) throws -> [Double] {
  // TODO: return [∂f/∂x₀, …, ∂f/∂xₙ₋₁].
  throw NotImplemented()
}

/// A point with the wrong number of coordinates for the function it was given to.
struct DimensionMismatch: Error, CustomStringConvertible {
  /// The function's name.
  var function: String
  /// The coordinates it takes.
  var expected: Int
  /// The coordinates it was given.
  var got: Int

  var description: String { "\(function) takes \(expected) coordinates, got \(got)" }
}
