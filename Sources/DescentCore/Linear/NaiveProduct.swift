/// The textbook matrix product, one dot product per entry:
///
/// ```
/// for i in 0..<m, for j in 0..<n:  C[i, j] = Σₚ A[i, p]·B[p, j]   (p ascending)
/// ```
///
/// The innermost loop strides down a column of B, a cache miss per step on
/// large matrices. It is kept as the yardstick that ``Matrix/matmul(_:)``'s
/// blocked kernel is tested and benchmarked against, not for use.
extension Matrix {
  /// A·B by the i-j-p triple loop.
  ///
  /// - Throws: ``ShapeError`` when `self.columns != other.rows`, naming both shapes.
  public func naiveProduct(_ other: Matrix) throws(ShapeError) -> Matrix {
    guard columns == other.rows else {
      throw ShapeError(
        operation: "matrix product", left: shape, right: other.shape,
        reason: "inner dimensions \(columns) and \(other.rows) differ")
    }
    let (m, k, n) = (rows, columns, other.columns)
    var result = Matrix(rows: m, columns: n)
    for i in 0..<m {
      for j in 0..<n {
        var sum = 0.0
        for p in 0..<k { sum += scalars[i * k + p] * other.scalars[p * n + j] }
        result.scalars[i * n + j] = sum
      }
    }
    return result
  }
}
