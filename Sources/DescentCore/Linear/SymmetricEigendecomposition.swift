/// The eigenvalues and eigenvectors of a real symmetric matrix, by the
/// cyclic Jacobi method.
///
/// Each sweep visits every off-diagonal pair (p, q) and applies the plane
/// rotation that zeroes A[p, q]:
///
/// ```
/// θ = (A[q,q] − A[p,p]) / (2·A[p,q]),  t = sign(θ) / (|θ| + √(θ² + 1)),
/// c = 1/√(t² + 1),  s = t·c,   A ← Jᵀ A J,   V ← V J
/// ```
///
/// until the off-diagonal mass is below 1e-30 of the total (at most 100
/// sweeps; Jacobi converges quadratically, so small matrices need < 10).
/// Exact to rounding for the small Hessians the course classifies.
public struct SymmetricEigendecomposition: Sendable {
  /// The eigenvalues in ascending order.
  public var values: [Double]
  /// The unit eigenvectors as columns, in the order of ``values``.
  public var vectors: Matrix

  /// Decomposes the symmetric part ½(A + Aᵀ) of `matrix`.
  ///
  /// - Throws: ``ShapeError`` when `matrix` is not square.
  public init(_ matrix: Matrix) throws(ShapeError) {
    guard matrix.rows == matrix.columns else {
      throw ShapeError(
        operation: "symmetric eigendecomposition", left: matrix.shape, right: matrix.shape,
        reason: "needs a square matrix")
    }
    let n = matrix.rows
    var a = matrix
    for i in 0..<n {
      for j in (i + 1)..<max(i + 1, n) {
        let mean = (matrix[i, j] + matrix[j, i]) / 2
        a[i, j] = mean
        a[j, i] = mean
      }
    }
    var v = Matrix(rows: n, columns: n)
    for i in 0..<n { v[i, i] = 1 }
    var total = 0.0
    for x in a.scalars { total += x * x }
    for _ in 0..<100 {
      var offDiagonal = 0.0
      for p in 0..<n {
        for q in (p + 1)..<max(p + 1, n) { offDiagonal += 2 * a[p, q] * a[p, q] }
      }
      if !(offDiagonal > 1e-30 * total) { break }
      for p in 0..<n {
        for q in (p + 1)..<max(p + 1, n) where a[p, q] != 0 {
          Self.rotate(&a, &v, p, q)
        }
      }
    }
    let order = (0..<n).sorted { a[$0, $0] < a[$1, $1] }
    values = order.map { a[$0, $0] }
    var sortedVectors = Matrix(rows: n, columns: n)
    for (column, source) in order.enumerated() {
      for i in 0..<n { sortedVectors[i, column] = v[i, source] }
    }
    vectors = sortedVectors
  }

  /// Zeroes a[p, q] with one Jacobi rotation and accumulates it into v.
  private static func rotate(_ a: inout Matrix, _ v: inout Matrix, _ p: Int, _ q: Int) {
    let n = a.rows
    let theta = (a[q, q] - a[p, p]) / (2 * a[p, q])
    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
    let c = 1 / (t * t + 1).squareRoot()
    let s = t * c
    for k in 0..<n {
      let akp = a[k, p]
      let akq = a[k, q]
      a[k, p] = c * akp - s * akq
      a[k, q] = s * akp + c * akq
    }
    for k in 0..<n {
      let apk = a[p, k]
      let aqk = a[q, k]
      a[p, k] = c * apk - s * aqk
      a[q, k] = s * apk + c * aqk
    }
    for k in 0..<n {
      let vkp = v[k, p]
      let vkq = v[k, q]
      v[k, p] = c * vkp - s * vkq
      v[k, q] = s * vkp + c * vkq
    }
  }
}
