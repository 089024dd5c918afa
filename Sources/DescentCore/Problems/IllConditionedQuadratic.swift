#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The ill-conditioned quadratic bowl, the lecture's picture of why plain
/// gradient descent zig-zags:
///
/// ```
/// f(x) = ½ Σᵢ λᵢ xᵢ²,   λᵢ = κ^{i/(n−1)}  for i = 0, …, n−1   (λ₀ = 1 when n = 1)
/// ```
///
/// The eigenvalues run geometrically from 1 to κ, so the Hessian's condition
/// number is exactly κ. The minimizer is x* = 0 with f(x*) = 0.
/// Specification name `quadratic`, parameter `condition` (κ ≥ 1).
public struct IllConditionedQuadratic: TestProblem, Sendable {
  /// The number of parameters n (at least 1).
  public let dimension: Int
  /// κ, the ratio of the largest to the smallest eigenvalue (≥ 1).
  public let condition: Double
  /// λ₀, …, λₙ₋₁, the Hessian's diagonal.
  public let eigenvalues: [Double]

  /// The quadratic in `dimension` ≥ 1 dimensions with condition number `condition` ≥ 1.
  public init(dimension: Int, condition: Double) {
    precondition(dimension >= 1 && condition >= 1, "the quadratic needs n ≥ 1 and κ ≥ 1")
    self.dimension = dimension
    self.condition = condition
    self.eigenvalues = (0..<dimension).map { i in
      dimension == 1 ? 1 : pow(condition, Double(i) / Double(dimension - 1))
    }
  }

  public var name: String { "quadratic" }
  public var minimizers: [[Double]] { [[Double](repeating: 0, count: dimension)] }
  public var minimumValue: Double? { 0 }

  public func value(at x: [Double]) -> Double {
    var sum = 0.0
    for i in 0..<dimension { sum += eigenvalues[i] * x[i] * x[i] }
    return sum / 2
  }

  /// ∂f/∂xᵢ = λᵢ xᵢ.
  public func gradient(at x: [Double]) -> [Double] {
    (0..<dimension).map { eigenvalues[$0] * x[$0] }
  }

  /// ∇²f·v = (λᵢ vᵢ)ᵢ.
  public func hessianVectorProduct(at x: [Double], along v: [Double]) -> [Double] {
    (0..<dimension).map { eigenvalues[$0] * v[$0] }
  }

  /// ∇²f = diag(λ₀, …, λₙ₋₁).
  public func hessian(at x: [Double]) -> Matrix {
    var h = Matrix(rows: dimension, columns: dimension)
    for i in 0..<dimension { h[i, i] = eigenvalues[i] }
    return h
  }
}
