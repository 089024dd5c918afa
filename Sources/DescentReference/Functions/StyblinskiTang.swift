import DescentCore

/// The Styblinski–Tang function in n dimensions, a hand-written-gradient
/// exercise:
///
/// ```
/// f(x) = ½ Σᵢ (xᵢ⁴ − 16xᵢ² + 5xᵢ)
/// ∂f/∂xᵢ = 2xᵢ³ − 16xᵢ + 5/2
/// ∇²f = diag(6xᵢ² − 16)
/// ```
///
/// Separable; each coordinate has a local minimum near 2.7468 and the global
/// one near −2.903534, where f ≈ −39.16617·n. Reference-only: students write
/// its gradient by hand, so it is not in the student contract.
public struct StyblinskiTang: Objective {
  /// n.
  public let dimension: Int

  /// The function in `dimension` dimensions (≥ 1; checked by ``ReferenceFunctions``).
  public init(dimension: Int) {
    self.dimension = dimension
  }

  public func value(at x: [Double]) -> Double {
    var sum = 0.0
    for xi in x {
      let square = xi * xi
      sum += square * square - 16 * square + 5 * xi
    }
    return sum / 2
  }

  public func gradient(at x: [Double]) -> [Double] {
    x.map { 2 * $0 * $0 * $0 - 16 * $0 + 2.5 }
  }

  public func hessianVectorProduct(at x: [Double], along v: [Double]) -> [Double] {
    zip(x, v).map { (6 * $0 * $0 - 16) * $1 }
  }

  public func hessian(at x: [Double]) -> Matrix {
    var result = Matrix(rows: x.count, columns: x.count)
    for (i, xi) in x.enumerated() { result[i, i] = 6 * xi * xi - 16 }
    return result
  }
}
