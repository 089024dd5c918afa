/// A row vector applied to every row of a matrix, or a column vector to
/// every column, as numpy broadcasts `scores + b` and
/// `scores - scores.max(axis=1, keepdims=True)`.
///
/// ```
/// addingRow(b)[i, j]         = A[i, j] + b[j]     (b has `columns` entries)
/// subtractingColumn(c)[i, j] = A[i, j] − c[i]     (c has `rows` entries)
/// ```
extension Matrix {
  /// A with row vector `row` added to every row.
  ///
  /// - Throws: ``ShapeError`` naming both shapes when `row.count != columns`.
  public func addingRow(_ row: [Double]) throws(ShapeError) -> Matrix {
    try broadcastingRow(row, "row broadcast", +)
  }

  /// The matrix of `transform(A[i, j], row[j])`.
  ///
  /// - Throws: ``ShapeError`` naming `operation` and both shapes when `row.count != columns`.
  public func broadcastingRow(
    _ row: [Double], _ operation: String, _ transform: (Double, Double) -> Double
  ) throws(ShapeError) -> Matrix {
    guard row.count == columns else {
      throw ShapeError(
        operation: operation, left: shape, right: Shape(rows: 1, columns: row.count),
        reason: "the row has \(row.count) entries, the matrix \(columns) columns")
    }
    var result = self
    for i in 0..<rows {
      for j in 0..<columns { result.scalars[i * columns + j] = transform(scalars[i * columns + j], row[j]) }
    }
    return result
  }

  /// A with `column[i]` subtracted from every entry of row i.
  ///
  /// - Throws: ``ShapeError`` naming both shapes when `column.count != rows`.
  public func subtractingColumn(_ column: [Double]) throws(ShapeError) -> Matrix {
    try broadcastingColumn(column, "column broadcast", -)
  }

  /// The matrix of `transform(A[i, j], column[i])`.
  ///
  /// - Throws: ``ShapeError`` naming `operation` and both shapes when `column.count != rows`.
  public func broadcastingColumn(
    _ column: [Double], _ operation: String, _ transform: (Double, Double) -> Double
  ) throws(ShapeError) -> Matrix {
    guard column.count == rows else {
      throw ShapeError(
        operation: operation, left: shape, right: Shape(rows: column.count, columns: 1),
        reason: "the column has \(column.count) entries, the matrix \(rows) rows")
    }
    var result = self
    for i in 0..<rows {
      for j in 0..<columns { result.scalars[i * columns + j] = transform(scalars[i * columns + j], column[i]) }
    }
    return result
  }
}
