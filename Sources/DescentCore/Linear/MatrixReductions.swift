/// Sums and maxima along rows and columns.
///
/// ```
/// rowSums[i] = Σⱼ A[i, j]        columnSums[j] = Σᵢ A[i, j]
/// rowMaxima[i] = maxⱼ A[i, j]    at the first j that attains it (argmax)
/// ```
///
/// A maximum over an empty row or column is −∞ at index −1; NaN entries
/// are never the maximum unless the whole row is NaN.
extension Matrix {
  /// Σᵢⱼ A[i, j].
  public var sum: Double {
    var total = 0.0
    for value in scalars { total += value }
    return total
  }

  /// Σᵢⱼ A[i, j]², the squared Frobenius norm (the L2 regularization term).
  public var sumOfSquares: Double {
    var total = 0.0
    for value in scalars { total += value * value }
    return total
  }

  /// The sum of each row: `rows` values.
  public var rowSums: [Double] {
    (0..<rows).map { i in
      var total = 0.0
      for j in 0..<columns { total += scalars[i * columns + j] }
      return total
    }
  }

  /// The sum of each column: `columns` values.
  public var columnSums: [Double] {
    var totals = [Double](repeating: 0, count: columns)
    for i in 0..<rows {
      for j in 0..<columns { totals[j] += scalars[i * columns + j] }
    }
    return totals
  }

  /// The largest entry of each row and its first column index.
  public var rowMaxima: [(value: Double, index: Int)] {
    (0..<rows).map { i in
      var best = (value: -Double.infinity, index: -1)
      for j in 0..<columns {
        let value = scalars[i * columns + j]
        if best.index < 0 || value > best.value || (best.value.isNaN && !value.isNaN) { best = (value, j) }
      }
      return best
    }
  }

  /// The largest entry of each column and its first row index.
  public var columnMaxima: [(value: Double, index: Int)] {
    var best = [(value: Double, index: Int)](repeating: (-Double.infinity, -1), count: columns)
    for i in 0..<rows {
      for j in 0..<columns {
        let value = scalars[i * columns + j]
        if best[j].index < 0 || value > best[j].value || (best[j].value.isNaN && !value.isNaN) {
          best[j] = (value, i)
        }
      }
    }
    return best
  }

  /// The column index of each row's largest entry (a classifier's predictions).
  public var rowArgmax: [Int] { rowMaxima.map(\.index) }
}
