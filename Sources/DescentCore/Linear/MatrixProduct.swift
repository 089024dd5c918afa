/// The matrix product, computed by a cache-blocked kernel.
///
/// ```
/// C = A·B,   C[i, j] = Σₚ A[i, p]·B[p, j]
/// ```
///
/// The kernel walks blocks of ``ProductBlocking/rows`` ×
/// ``ProductBlocking/inner`` × ``ProductBlocking/columns`` so that the
/// block of B being reused stays in cache; inside a block it keeps 4×4
/// tiles of C in registers while p runs over the block (i-p-j order: B and
/// C are read along contiguous rows, 4 wide). The block order keeps p
/// ascending for every (i, j), and no multiply-add is fused, so each element
/// is summed in the same order, to the same bits, as the textbook triple
/// loop ``naiveProduct(_:)``. `swift run -c release DescentBenchmarks matmul`
/// compares the two.
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
          let operands = ProductOperands(
            a: aBase, b: bBase, c: cBase, n: n, rowStride: rowStride, innerStride: innerStride)
          for j0 in stride(from: 0, to: n, by: columnBlock) {
            let j1 = min(j0 + columnBlock, n)
            for p0 in stride(from: 0, to: k, by: innerBlock) {
              let p1 = min(p0 + innerBlock, k)
              for i0 in stride(from: 0, to: m, by: rowBlock) {
                operands.accumulateBlock(rows: i0..<min(i0 + rowBlock, m), inner: p0..<p1, columns: j0..<j1)
              }
            }
          }
        }
      }
    }
  }
}

/// The operands of one product C += op(A)·B as raw pointers, and the
/// kernel that updates one block of C.
///
/// Inside a block, C is updated in 4×4 tiles held in registers across the
/// whole inner range (four `SIMD4<Double>` accumulators, one broadcast
/// element of A and one 4-wide row segment of B per step), so each element
/// of C is loaded and stored once per block rather than once per p. Two
/// columns left over at the block's edge use 4×2 tiles (`SIMD2`), so a
/// thin B such as a D×10 weight matrix runs at tile speed; a last odd column
/// and rows left over use the scalar i-p-j loop.
/// Either way each C[i, j] adds A[i, p]·B[p, j] for p ascending, with
/// separate multiply and add, exactly as the textbook loop does.
struct ProductOperands {
  let a: UnsafePointer<Double>
  let b: UnsafePointer<Double>
  let c: UnsafeMutablePointer<Double>
  /// Columns of B and C.
  let n: Int
  /// op(A)[i, p] = a[i·rowStride + p·innerStride].
  let rowStride: Int
  let innerStride: Int

  func accumulateBlock(rows: Range<Int>, inner: Range<Int>, columns: Range<Int>) {
    var i = rows.lowerBound
    while i + 4 <= rows.upperBound {
      var j = columns.lowerBound
      while j + 4 <= columns.upperBound {
        accumulateTile(row: i, column: j, inner: inner)
        j += 4
      }
      if j + 2 <= columns.upperBound {
        accumulateNarrowTile(row: i, column: j, inner: inner)
        j += 2
      }
      if j < columns.upperBound { accumulateScalar(rows: i..<(i + 4), inner: inner, columns: j..<columns.upperBound) }
      i += 4
    }
    if i < rows.upperBound { accumulateScalar(rows: i..<rows.upperBound, inner: inner, columns: columns) }
  }

  /// C[i..<i+4, j..<j+4] += op(A)[i..<i+4, inner]·B[inner, j..<j+4].
  @inline(__always)
  private func accumulateTile(row i: Int, column j: Int, inner: Range<Int>) {
    let c0 = c + i * n + j
    let c1 = c0 + n
    let c2 = c1 + n
    let c3 = c2 + n
    var sum0 = UnsafeRawPointer(c0).loadUnaligned(as: SIMD4<Double>.self)
    var sum1 = UnsafeRawPointer(c1).loadUnaligned(as: SIMD4<Double>.self)
    var sum2 = UnsafeRawPointer(c2).loadUnaligned(as: SIMD4<Double>.self)
    var sum3 = UnsafeRawPointer(c3).loadUnaligned(as: SIMD4<Double>.self)
    var a0 = a + i * rowStride + inner.lowerBound * innerStride
    var bRow = b + inner.lowerBound * n + j
    // Pointers advance by one inner step; no index products in the loop.
    let (aStep, bStep, aRow) = (innerStride, n, rowStride)
    for _ in inner {
      let bValues = UnsafeRawPointer(bRow).loadUnaligned(as: SIMD4<Double>.self)
      sum0 += SIMD4(repeating: a0[0]) * bValues
      sum1 += SIMD4(repeating: a0[aRow]) * bValues
      sum2 += SIMD4(repeating: a0[aRow &* 2]) * bValues
      sum3 += SIMD4(repeating: a0[aRow &* 3]) * bValues
      a0 += aStep
      bRow += bStep
    }
    UnsafeMutableRawPointer(c0).storeBytes(of: sum0, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(c1).storeBytes(of: sum1, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(c2).storeBytes(of: sum2, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(c3).storeBytes(of: sum3, as: SIMD4<Double>.self)
  }

  /// C[i..<i+4, j..<j+2] += op(A)[i..<i+4, inner]·B[inner, j..<j+2]: the
  /// two columns left of a width not divisible by 4 (C = 10 classes: 4 + 4 + 2).
  /// The same loop as ``accumulateTile(row:column:inner:)`` on two lanes; a
  /// generic version over `SIMD` measured 2× slower on Xᵀ·dS (3073×500·500×10).
  @inline(__always)
  private func accumulateNarrowTile(row i: Int, column j: Int, inner: Range<Int>) {
    let c0 = c + i * n + j
    let c1 = c0 + n
    let c2 = c1 + n
    let c3 = c2 + n
    var sum0 = UnsafeRawPointer(c0).loadUnaligned(as: SIMD2<Double>.self)
    var sum1 = UnsafeRawPointer(c1).loadUnaligned(as: SIMD2<Double>.self)
    var sum2 = UnsafeRawPointer(c2).loadUnaligned(as: SIMD2<Double>.self)
    var sum3 = UnsafeRawPointer(c3).loadUnaligned(as: SIMD2<Double>.self)
    var a0 = a + i * rowStride + inner.lowerBound * innerStride
    var bRow = b + inner.lowerBound * n + j
    let (aStep, bStep, aRow) = (innerStride, n, rowStride)
    for _ in inner {
      let bValues = UnsafeRawPointer(bRow).loadUnaligned(as: SIMD2<Double>.self)
      sum0 += SIMD2(repeating: a0[0]) * bValues
      sum1 += SIMD2(repeating: a0[aRow]) * bValues
      sum2 += SIMD2(repeating: a0[aRow &* 2]) * bValues
      sum3 += SIMD2(repeating: a0[aRow &* 3]) * bValues
      a0 += aStep
      bRow += bStep
    }
    UnsafeMutableRawPointer(c0).storeBytes(of: sum0, as: SIMD2<Double>.self)
    UnsafeMutableRawPointer(c1).storeBytes(of: sum1, as: SIMD2<Double>.self)
    UnsafeMutableRawPointer(c2).storeBytes(of: sum2, as: SIMD2<Double>.self)
    UnsafeMutableRawPointer(c3).storeBytes(of: sum3, as: SIMD2<Double>.self)
  }

  /// The i-p-j loop over a block edge.
  private func accumulateScalar(rows: Range<Int>, inner: Range<Int>, columns: Range<Int>) {
    for i in rows {
      let cRow = c + i * n
      for p in inner {
        let aip = a[i * rowStride + p * innerStride]
        let bRow = b + p * n
        for j in columns { cRow[j] += aip * bRow[j] }
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

  /// The default sizes (see the matmul benchmark): a B block of
  /// `inner × columns` doubles fits in L2 cache.
  public static let tuned = ProductBlocking(rows: 64, inner: 128, columns: 256)
}
