/// The saddle f(x, y) = x² − y², the lecture's example of a critical point
/// that is not a minimum.
///
/// The gradient (2x, −2y) vanishes only at the origin, where the Hessian
/// diag(2, −2) has eigenvalues of both signs. The function is unbounded
/// below, so it has no minimizer: ``minimizers`` is empty,
/// ``minimumValue`` is `nil`, and ``criticalPoints`` is [(0, 0)].
public struct Saddle: TestProblem, Sendable {
  /// Always 2.
  public let dimension = 2

  /// The saddle x² − y².
  public init() {}

  public var name: String { "saddle" }
  public var minimizers: [[Double]] { [] }
  public var minimumValue: Double? { nil }
  public var criticalPoints: [[Double]] { [[0, 0]] }

  public func value(at x: [Double]) -> Double { x[0] * x[0] - x[1] * x[1] }

  /// ∇f = (2x, −2y).
  public func gradient(at x: [Double]) -> [Double] { [2 * x[0], -2 * x[1]] }

  /// ∇²f·v = (2v₀, −2v₁).
  public func hessianVectorProduct(at x: [Double], along v: [Double]) -> [Double] { [2 * v[0], -2 * v[1]] }

  /// ∇²f = diag(2, −2).
  public func hessian(at x: [Double]) -> Matrix {
    var h = Matrix(rows: 2, columns: 2)
    h[0, 0] = 2
    h[1, 1] = -2
    return h
  }
}
