import DescentContract

/// The Newton system H d = g has no unique solution: H is singular.
struct SingularMatrix: Error, CustomStringConvertible {
  /// The elimination step at which no usable pivot was left.
  var column: Int

  var description: String { "the matrix is singular (no pivot in column \(column))" }
}

/// Solves A x = b by Gaussian elimination with partial pivoting.
///
/// Given to you complete: Newton's method needs a linear solve, and this one
/// is what the course's notes use. A pivot of 0 (or below 1e-14 of the
/// column's largest entry) throws ``SingularMatrix``.
func solve(_ a: Matrix, _ b: [Double]) throws -> [Double] {
  let n = b.count
  var rows = (0..<n).map { i in (0..<n).map { j in a[i, j] } }
  var x = b
  let scale = rows.flatMap { $0 }.map(abs).max() ?? 0
  for column in 0..<n {
    var pivot = column
    for row in column..<n where abs(rows[row][column]) > abs(rows[pivot][column]) { pivot = row }
    guard abs(rows[pivot][column]) > 1e-14 * scale else { throw SingularMatrix(column: column) }
    rows.swapAt(column, pivot)
    x.swapAt(column, pivot)
    for row in (column + 1)..<n {
      let factor = rows[row][column] / rows[column][column]
      for j in column..<n { rows[row][j] -= factor * rows[column][j] }
      x[row] -= factor * x[column]
    }
  }
  for row in stride(from: n - 1, through: 0, by: -1) {
    var sum = x[row]
    for j in (row + 1)..<n { sum -= rows[row][j] * x[j] }
    x[row] = sum / rows[row][row]
  }
  return x
}

/// aᵀb.
func dot(_ a: [Double], _ b: [Double]) -> Double {
  var sum = 0.0
  for i in a.indices { sum += a[i] * b[i] }
  return sum
}
