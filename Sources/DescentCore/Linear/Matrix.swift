/// A dense, row-major matrix of `Double`.
///
/// Element (i, j) is stored at `scalars[i * columns + j]`. Operations that
/// combine matrices check shapes first and throw a ``ShapeError`` naming both.
public struct Matrix: Equatable, Sendable {
  /// The number of rows.
  public let rows: Int
  /// The number of columns.
  public let columns: Int
  /// The elements in row-major order; `rows * columns` of them.
  public internal(set) var scalars: [Double]

  /// The shape rows × columns.
  public var shape: Shape { Shape(rows: rows, columns: columns) }

  /// A `rows × columns` matrix with every element equal to `value`.
  public init(rows: Int, columns: Int, repeating value: Double = 0) {
    precondition(rows >= 0 && columns >= 0, "a matrix cannot have a negative dimension")
    self.rows = rows
    self.columns = columns
    self.scalars = [Double](repeating: value, count: rows * columns)
  }

  /// A `rows × columns` matrix over `scalars` in row-major order.
  ///
  /// - Throws: ``ShapeError`` when `scalars.count != rows * columns`.
  public init(rows: Int, columns: Int, scalars: [Double]) throws(ShapeError) {
    guard rows >= 0, columns >= 0, scalars.count == rows * columns else {
      throw ShapeError(
        operation: "matrix from scalars", left: Shape(rows: rows, columns: columns),
        right: Shape(rows: 1, columns: scalars.count),
        reason: "\(rows)×\(columns) needs \(max(0, rows) * max(0, columns)) scalars, got \(scalars.count)")
    }
    self.rows = rows
    self.columns = columns
    self.scalars = scalars
  }

  /// A matrix over scalars that the caller built with `rows * columns`
  /// entries by construction.
  init(rows: Int, columns: Int, generated scalars: [Double]) {
    precondition(rows >= 0 && columns >= 0 && scalars.count == rows * columns, "a generator built a ragged matrix")
    self.rows = rows
    self.columns = columns
    self.scalars = scalars
  }

  /// A matrix from nested rows, as JSON writes it: `[[1, 2], [3, 4]]`.
  ///
  /// - Throws: ``ShapeError`` when the rows differ in length.
  public init(_ nestedRows: [[Double]]) throws(ShapeError) {
    let columns = nestedRows.first?.count ?? 0
    for (index, row) in nestedRows.enumerated() where row.count != columns {
      throw ShapeError(
        operation: "matrix from rows", left: Shape(rows: 1, columns: columns),
        right: Shape(rows: 1, columns: row.count),
        reason: "row \(index) has \(row.count) entries, row 0 has \(columns)")
    }
    self.rows = nestedRows.count
    self.columns = columns
    self.scalars = nestedRows.flatMap { $0 }
  }

  /// Element (row, column).
  public subscript(row: Int, column: Int) -> Double {
    get { scalars[row * columns + column] }
    set { scalars[row * columns + column] = newValue }
  }

  /// The rows as nested arrays, as JSON writes them.
  public var nestedRows: [[Double]] {
    (0..<rows).map { i in Array(scalars[(i * columns)..<((i + 1) * columns)]) }
  }
}
