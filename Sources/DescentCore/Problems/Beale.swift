/// Beale's function, a flat-bottomed 2-D test with steep ridges:
///
/// ```
/// f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²
/// ```
///
/// The global minimizer is (3, 0.5) with f = 0.
public struct Beale: TestProblem, Sendable {
  /// Always 2.
  public let dimension = 2

  /// Beale's function.
  public init() {}

  public var name: String { "beale" }
  public var minimizers: [[Double]] { [[3, 0.5]] }
  public var minimumValue: Double? { 0 }

  private static let constants: [Double] = [1.5, 2.25, 2.625]

  /// The residuals rₖ = cₖ − x + x·yᵏ for k = 1, 2, 3.
  private func residuals(_ x: Double, _ y: Double) -> [Double] {
    var power = 1.0
    return Self.constants.map { c in
      power *= y
      return c - x + x * power
    }
  }

  public func value(at point: [Double]) -> Double {
    residuals(point[0], point[1]).reduce(0) { $0 + $1 * $1 }
  }

  /// ∇f = 2 Σₖ rₖ ∇rₖ with ∇rₖ = (yᵏ − 1, k·x·yᵏ⁻¹).
  public func gradient(at point: [Double]) -> [Double] {
    let (x, y) = (point[0], point[1])
    let r = residuals(x, y)
    var g = [0.0, 0.0]
    var previousPower = 1.0  // yᵏ⁻¹
    for k in 1...3 {
      let power = previousPower * y
      g[0] += 2 * r[k - 1] * (power - 1)
      g[1] += 2 * r[k - 1] * Double(k) * x * previousPower
      previousPower = power
    }
    return g
  }

  /// ∇²f = 2 Σₖ (∇rₖ∇rₖᵀ + rₖ∇²rₖ), with ∂²rₖ/∂x² = 0,
  /// ∂²rₖ/∂x∂y = k·yᵏ⁻¹, ∂²rₖ/∂y² = k(k−1)·x·yᵏ⁻².
  public func hessian(at point: [Double]) -> Matrix {
    let (x, y) = (point[0], point[1])
    let r = residuals(x, y)
    var (hxx, hxy, hyy) = (0.0, 0.0, 0.0)
    var powerBefore = 0.0  // yᵏ⁻² (unused for k = 1)
    var previousPower = 1.0  // yᵏ⁻¹
    for k in 1...3 {
      let kk = Double(k)
      let power = previousPower * y
      let dx = power - 1
      let dy = kk * x * previousPower
      hxx += 2 * dx * dx
      hxy += 2 * (dx * dy + r[k - 1] * kk * previousPower)
      hyy += 2 * (dy * dy + r[k - 1] * kk * (kk - 1) * x * (k >= 2 ? powerBefore : 0))
      powerBefore = previousPower
      previousPower = power
    }
    var h = Matrix(rows: 2, columns: 2)
    h[0, 0] = hxx
    h[0, 1] = hxy
    h[1, 0] = hxy
    h[1, 1] = hyy
    return h
  }

  public func hessianVectorProduct(at point: [Double], along v: [Double]) -> [Double] {
    let h = hessian(at: point)
    return [h[0, 0] * v[0] + h[0, 1] * v[1], h[1, 0] * v[0] + h[1, 1] * v[1]]
  }
}
