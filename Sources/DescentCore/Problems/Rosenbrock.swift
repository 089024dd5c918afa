/// The n-dimensional Rosenbrock function (a = 1, b = 100), the banana-shaped
/// valley of every optimization course:
///
/// ```
/// f(x) = Σᵢ₌₁ⁿ⁻¹ b·(xᵢ₊₁ − xᵢ²)² + (a − xᵢ)²
/// ```
///
/// Its global minimizer is x* = (1, …, 1) with f(x*) = 0. For 4 ≤ n ≤ 30
/// (Kok & Sandrock 2009) it also has a local minimizer near (−1, 1, …, 1),
/// which is not listed in ``minimizers`` (those are global minimizers
/// only): for n = 10 at x ≈ (−0.993, 0.997, 0.998, …, 0.988) with
/// f ≈ 3.9866. BFGS from (−1.2, 1, 1, …, 1) stops there, and so does
/// scipy's BFGS from (−1.2, 1, −1.2, 1, …). Needs n ≥ 2.
public struct Rosenbrock: TestProblem, Sendable {
  /// The number of parameters n (at least 2).
  public let dimension: Int
  /// a, the location of the valley's floor (1).
  public let a: Double = 1
  /// b, the steepness of the valley's walls (100).
  public let b: Double = 100

  /// The Rosenbrock function in `dimension` ≥ 2 dimensions.
  public init(dimension: Int = 2) {
    precondition(dimension >= 2, "Rosenbrock needs at least 2 dimensions")
    self.dimension = dimension
  }

  public var name: String { "rosenbrock" }
  public var minimizers: [[Double]] { [[Double](repeating: 1, count: dimension)] }
  public var minimumValue: Double? { 0 }

  public func value(at x: [Double]) -> Double {
    var sum = 0.0
    for i in 0..<(dimension - 1) {
      let valley = x[i + 1] - x[i] * x[i]
      let offset = a - x[i]
      sum += b * valley * valley + offset * offset
    }
    return sum
  }

  /// ∂f/∂xᵢ = −4b·xᵢ(xᵢ₊₁ − xᵢ²) − 2(a − xᵢ) + 2b(xᵢ − xᵢ₋₁²), each term where its index exists.
  public func gradient(at x: [Double]) -> [Double] {
    var g = [Double](repeating: 0, count: dimension)
    for i in 0..<(dimension - 1) {
      let valley = x[i + 1] - x[i] * x[i]
      g[i] += -4 * b * x[i] * valley - 2 * (a - x[i])
      g[i + 1] += 2 * b * valley
    }
    return g
  }

  /// The tridiagonal Hessian applied to v in O(n).
  public func hessianVectorProduct(at x: [Double], along v: [Double]) -> [Double] {
    var product = [Double](repeating: 0, count: dimension)
    for i in 0..<(dimension - 1) {
      let diagonal = 12 * b * x[i] * x[i] - 4 * b * x[i + 1] + 2
      let offDiagonal = -4 * b * x[i]
      product[i] += diagonal * v[i] + offDiagonal * v[i + 1]
      product[i + 1] += offDiagonal * v[i] + 2 * b * v[i + 1]
    }
    return product
  }

  /// ∇²f: diagonal 12b·xᵢ² − 4b·xᵢ₊₁ + 2 (+ 2b from the previous term),
  /// off-diagonal (i, i+1) = −4b·xᵢ.
  public func hessian(at x: [Double]) -> Matrix {
    var h = Matrix(rows: dimension, columns: dimension)
    for i in 0..<(dimension - 1) {
      h[i, i] += 12 * b * x[i] * x[i] - 4 * b * x[i + 1] + 2
      h[i + 1, i + 1] += 2 * b
      h[i, i + 1] = -4 * b * x[i]
      h[i + 1, i] = -4 * b * x[i]
    }
    return h
  }
}
