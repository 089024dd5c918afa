/// The round bowl f(x, y) = x² + y². The minimizer is (0, 0) with f = 0;
/// the Hessian is 2I, so every gradient points straight at the minimum.
public struct Paraboloid: TestProblem, Sendable {
  /// Always 2.
  public let dimension = 2

  /// The function x² + y².
  public init() {}

  public var name: String { "paraboloid" }
  public var minimizers: [[Double]] { [[0, 0]] }
  public var minimumValue: Double? { 0 }

  public func value(at x: [Double]) -> Double { x[0] * x[0] + x[1] * x[1] }

  /// ∇f = (2x, 2y).
  public func gradient(at x: [Double]) -> [Double] { [2 * x[0], 2 * x[1]] }

  /// ∇²f·v = 2v.
  public func hessianVectorProduct(at x: [Double], along v: [Double]) -> [Double] { [2 * v[0], 2 * v[1]] }

  /// ∇²f = 2I.
  public func hessian(at x: [Double]) -> Matrix {
    var h = Matrix(rows: 2, columns: 2)
    h[0, 0] = 2
    h[1, 1] = 2
    return h
  }
}
