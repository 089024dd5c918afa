/// The matrix product, computed by a cache-blocked kernel.
///
/// ```
/// C = A·B,   C[i, j] = Σₚ A[i, p]·B[p, j]
/// ```
///
/// The kernel walks i-p-j order (the innermost loop runs along a row of B
/// and a row of C, both contiguous, so it vectorizes) over blocks of
/// ``ProductBlocking/rows`` × ``ProductBlocking/inner`` ×
/// ``ProductBlocking/columns`` so that the block of B being reused stays in
/// cache. The block order keeps p ascending for every (i, j), so each element
/// is summed in the same order as the textbook triple loop.
extension Matrix {
  /// A·B.
  ///
  /// - Throws: ``ShapeError`` when `self.columns != other.rows`, naming both shapes.
  public func matmul(_ other: Matrix) throws(ShapeError) -> Matrix {
    try matmul(other, blocking: .tuned)
  }

  /// A·B with explicit block sizes, for measuring them.
  ///
  /// - Throws: ``ShapeError`` when `self.columns != other.rows`.
  public func matmul(_ other: Matrix, blocking: ProductBlocking) throws(ShapeError) -> Matrix {
    guard columns == other.rows else {
      throw ShapeError(
        operation: "matrix product", left: shape, right: other.shape,
        reason: "inner dimensions \(columns) and \(other.rows) differ")
    }
    var result = Matrix(rows: rows, columns: other.columns)
    Self.multiplyAccumulate(
      self, transposed: false, other, into: &result, count: (rows, columns, other.columns), blocking: blocking)
    return result
  }

  /// Aᵀ·B without forming Aᵀ: `Matrix.transposedProduct(x, dScores)` is
  /// the weight gradient Xᵀ·dS of a linear layer.
  ///
  /// - Throws: ``ShapeError`` when `a.rows != b.rows`.
  public static func transposedProduct(_ a: Matrix, _ b: Matrix) throws(ShapeError) -> Matrix {
    guard a.rows == b.rows else {
      throw ShapeError(
        operation: "transposed product Aᵀ·B", left: a.shape, right: b.shape,
        reason: "A has \(a.rows) rows, B has \(b.rows)")
    }
    var result = Matrix(rows: a.columns, columns: b.columns)
    multiplyAccumulate(a, transposed: true, b, into: &result, count: (a.columns, a.rows, b.columns), blocking: .tuned)
    return result
  }

  /// C += op(A)·B where op(A) is m×k (A itself, or Aᵀ when `transposed`),
  /// B is k×n and C is m×n.
  static func multiplyAccumulate(
    _ a: Matrix, transposed: Bool, _ b: Matrix, into c: inout Matrix, count: (m: Int, k: Int, n: Int),
    blocking: ProductBlocking
  ) {
    let (m, k, n) = count
    guard m > 0, k > 0, n > 0 else { return }
    // op(A)[i, p] = a[i·rowStride + p·innerStride]
    let rowStride = transposed ? 1 : k
    let innerStride = transposed ? m : 1
    let rowBlock = max(1, blocking.rows)
    let innerBlock = max(1, blocking.inner)
    let columnBlock = max(1, blocking.columns)
    a.scalars.withUnsafeBufferPointer { aBuffer in
      b.scalars.withUnsafeBufferPointer { bBuffer in
        c.scalars.withUnsafeMutableBufferPointer { cBuffer in
          guard let aBase = aBuffer.baseAddress, let bBase = bBuffer.baseAddress,
            let cBase = cBuffer.baseAddress
          else { return }
          for j0 in stride(from: 0, to: n, by: columnBlock) {
            let j1 = min(j0 + columnBlock, n)
            for p0 in stride(from: 0, to: k, by: innerBlock) {
              let p1 = min(p0 + innerBlock, k)
              for i0 in stride(from: 0, to: m, by: rowBlock) {
                let i1 = min(i0 + rowBlock, m)
                for i in i0..<i1 {
                  let cRow = cBase + i * n
                  for p in p0..<p1 {
                    let aip = aBase[i * rowStride + p * innerStride]
                    let bRow = bBase + p * n
                    for j in j0..<j1 { cRow[j] += aip * bRow[j] }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

/// Block sizes of the matrix-product kernel: how many rows of A, inner
/// indices and columns of B one block spans.
public struct ProductBlocking: Sendable, Hashable {
  /// Rows of A (and C) per block.
  public var rows: Int
  /// Inner indices p per block: rows of B kept in cache together.
  public var inner: Int
  /// Columns of B (and C) per block.
  public var columns: Int

  /// Creates block sizes.
  public init(rows: Int, inner: Int, columns: Int) {
    self.rows = rows
    self.inner = inner
    self.columns = columns
  }

  /// The sizes chosen by measurement (benchmarks/RESULTS.md): a B block of
  /// `inner × columns` doubles fits in L2 cache.
  public static let tuned = ProductBlocking(rows: 64, inner: 128, columns: 256)
}
