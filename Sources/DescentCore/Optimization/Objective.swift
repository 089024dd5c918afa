/// A function to minimize, f: ℝⁿ → ℝ, with its derivatives on demand.
///
/// An optimizer's step receives the whole objective rather than one gradient,
/// so that methods which evaluate elsewhere (Nesterov's look-ahead, line
/// searches) or need curvature (Newton, conjugate gradient) share one contract
/// with plain gradient descent.
///
/// Points are plain `[Double]` of length ``dimension``. Passing a point of
/// another length is a programming error in the caller.
public protocol Objective: Sendable {
  /// The number of parameters n.
  var dimension: Int { get }

  /// f(x).
  func value(at x: [Double]) -> Double

  /// ∇f(x), of length ``dimension``.
  func gradient(at x: [Double]) -> [Double]

  /// ∇²f(x)·v. The default takes central differences of the gradient:
  /// (∇f(x + εv) − ∇f(x − εv)) / 2ε with ε = 1e-6 / max(1, ‖v‖).
  func hessianVectorProduct(at x: [Double], along v: [Double]) -> [Double]

  /// ∇²f(x) as an n×n matrix. The default assembles it column by column
  /// from ``hessianVectorProduct(at:along:)`` with unit vectors.
  func hessian(at x: [Double]) -> Matrix
}

extension Objective {
  /// f(x) and ∇f(x) together.
  public func valueAndGradient(at x: [Double]) -> (value: Double, gradient: [Double]) {
    (value(at: x), gradient(at: x))
  }

  public func hessianVectorProduct(at x: [Double], along v: [Double]) -> [Double] {
    var norm = 0.0
    for component in v { norm += component * component }
    let epsilon = 1e-6 / max(1, norm.squareRoot())
    var forward = x
    var backward = x
    for i in x.indices {
      forward[i] += epsilon * v[i]
      backward[i] -= epsilon * v[i]
    }
    let gradientForward = gradient(at: forward)
    let gradientBackward = gradient(at: backward)
    return zip(gradientForward, gradientBackward).map { ($0 - $1) / (2 * epsilon) }
  }

  public func hessian(at x: [Double]) -> Matrix {
    let n = dimension
    var result = Matrix(rows: n, columns: n)
    var unit = [Double](repeating: 0, count: n)
    for j in 0..<n {
      unit[j] = 1
      let column = hessianVectorProduct(at: x, along: unit)
      for i in 0..<n { result[i, j] = column[i] }
      unit[j] = 0
    }
    return result
  }
}
