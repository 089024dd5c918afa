/// Booth's function, a convex quadratic in two variables:
///
/// ```
/// f(x, y) = (x + 2y − 7)² + (2x + y − 5)²
/// ```
///
/// The minimizer is (1, 3) with f = 0; the Hessian is the constant
/// [[10, 8], [8, 10]] (eigenvalues 2 and 18).
public struct Booth: TestProblem, Sendable {
  /// Always 2.
  public let dimension = 2

  /// Booth's function.
  public init() {}

  public var name: String { "booth" }
  public var minimizers: [[Double]] { [[1, 3]] }
  public var minimumValue: Double? { 0 }

  public func value(at p: [Double]) -> Double {
    let first = p[0] + 2 * p[1] - 7
    let second = 2 * p[0] + p[1] - 5
    return first * first + second * second
  }

  /// ∇f = (2r₁ + 4r₂, 4r₁ + 2r₂) with r₁ = x + 2y − 7, r₂ = 2x + y − 5.
  public func gradient(at p: [Double]) -> [Double] {
    let first = p[0] + 2 * p[1] - 7
    let second = 2 * p[0] + p[1] - 5
    return [2 * first + 4 * second, 4 * first + 2 * second]
  }

  /// ∇²f·v = (10v₀ + 8v₁, 8v₀ + 10v₁).
  public func hessianVectorProduct(at p: [Double], along v: [Double]) -> [Double] {
    [10 * v[0] + 8 * v[1], 8 * v[0] + 10 * v[1]]
  }

  /// ∇²f = [[10, 8], [8, 10]].
  public func hessian(at p: [Double]) -> Matrix {
    var h = Matrix(rows: 2, columns: 2)
    h[0, 0] = 10
    h[0, 1] = 8
    h[1, 0] = 8
    h[1, 1] = 10
    return h
  }
}
