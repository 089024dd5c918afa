/// The one-dimensional parabola f(x) = x², the first example of gradient
/// descent: x ← x − lr·2x. The minimizer is 0 with f = 0.
public struct Square: TestProblem, Sendable {
  /// Always 1.
  public let dimension = 1

  /// The function x².
  public init() {}

  public var name: String { "square" }
  public var minimizers: [[Double]] { [[0]] }
  public var minimumValue: Double? { 0 }

  public func value(at x: [Double]) -> Double { x[0] * x[0] }

  /// f′(x) = 2x.
  public func gradient(at x: [Double]) -> [Double] { [2 * x[0]] }

  /// f″(x)·v = 2v.
  public func hessianVectorProduct(at x: [Double], along v: [Double]) -> [Double] { [2 * v[0]] }

  /// f″(x) = 2.
  public func hessian(at x: [Double]) -> Matrix { Matrix(rows: 1, columns: 1, repeating: 2) }
}
