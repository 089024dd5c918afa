/// Two operands whose shapes do not fit the operation applied to them.
///
/// The message names the operation and both shapes, for example
/// `matrix product: 3×4 and 5×2 do not fit (inner dimensions 4 and 5 differ)`.
public struct ShapeError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The operation that was attempted, in words ("matrix product").
  public var operation: String
  /// The shape of the left operand, as rows × columns.
  public var left: Shape
  /// The shape of the right operand, as rows × columns.
  public var right: Shape
  /// Why the shapes do not fit.
  public var reason: String

  /// Creates an error for `operation` between operands of shapes `left` and `right`.
  public init(operation: String, left: Shape, right: Shape, reason: String) {
    self.operation = operation
    self.left = left
    self.right = right
    self.reason = reason
  }

  public var description: String {
    "\(operation): \(left) and \(right) do not fit (\(reason))"
  }
}

/// The shape of a matrix, rows × columns.
public struct Shape: Hashable, Sendable, CustomStringConvertible {
  /// The number of rows.
  public var rows: Int
  /// The number of columns.
  public var columns: Int

  /// Creates the shape `rows × columns`.
  public init(rows: Int, columns: Int) {
    self.rows = rows
    self.columns = columns
  }

  public var description: String { "\(rows)×\(columns)" }
}
