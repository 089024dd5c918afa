import DescentCore

/// Himmelblau's function, the hand-written-gradient exercise (2-D):
///
/// ```
/// f(x, y) = (x² + y − 11)² + (x + y² − 7)²
/// ∂f/∂x = 4x(x² + y − 11) + 2(x + y² − 7)
/// ∂f/∂y = 2(x² + y − 11) + 4y(x + y² − 7)
/// ∇²f = [ 12x² + 4y − 42    4x + 4y        ]
///       [ 4x + 4y           4x + 12y² − 26 ]
/// ```
///
/// Four minima with f = 0: (3, 2), (−2.805118, 3.131312),
/// (−3.779310, −3.283186), (3.584428, −1.848126); a local maximum at
/// (−0.270845, −0.923039). Reference-only: students write its gradient by
/// hand, so it is not in the student contract.
public struct Himmelblau: Objective {
  /// 2.
  public var dimension: Int { 2 }

  /// Creates the function.
  public init() {}

  public func value(at x: [Double]) -> Double {
    let (a, b) = residuals(x)
    return a * a + b * b
  }

  public func gradient(at x: [Double]) -> [Double] {
    let (a, b) = residuals(x)
    return [4 * x[0] * a + 2 * b, 2 * a + 4 * x[1] * b]
  }

  public func hessianVectorProduct(at x: [Double], along v: [Double]) -> [Double] {
    let h = hessianEntries(x)
    return [h.xx * v[0] + h.xy * v[1], h.xy * v[0] + h.yy * v[1]]
  }

  public func hessian(at x: [Double]) -> Matrix {
    let h = hessianEntries(x)
    var result = Matrix(rows: 2, columns: 2)
    result[0, 0] = h.xx
    result[0, 1] = h.xy
    result[1, 0] = h.xy
    result[1, 1] = h.yy
    return result
  }

  /// (x² + y − 11, x + y² − 7).
  private func residuals(_ p: [Double]) -> (Double, Double) {
    (p[0] * p[0] + p[1] - 11, p[0] + p[1] * p[1] - 7)
  }

  private func hessianEntries(_ p: [Double]) -> (xx: Double, xy: Double, yy: Double) {
    let (x, y) = (p[0], p[1])
    return (12 * x * x + 4 * y - 42, 4 * x + 4 * y, 4 * x + 12 * y * y - 26)
  }
}
