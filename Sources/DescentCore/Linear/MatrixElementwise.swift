/// Elementwise arithmetic between matrices of one shape, and between a
/// matrix and a scalar.
///
/// ```
/// (A ∘ B)[i, j] = A[i, j] ∘ B[i, j]   for ∘ ∈ {+, −, ×, ÷}
/// (A ∘ s)[i, j] = A[i, j] ∘ s
/// ```
///
/// Matrix–matrix operations throw ``ShapeError`` naming both shapes when
/// they differ; nothing broadcasts implicitly (see
/// ``Matrix/addingRow(_:)`` for the one broadcast the losses need).
extension Matrix {
  /// A + B elementwise.
  public func adding(_ other: Matrix) throws(ShapeError) -> Matrix {
    try combining(other, "elementwise sum", +)
  }

  /// A − B elementwise.
  public func subtracting(_ other: Matrix) throws(ShapeError) -> Matrix {
    try combining(other, "elementwise difference", -)
  }

  /// A ⊙ B, the elementwise (Hadamard) product.
  public func multiplyingElementwise(_ other: Matrix) throws(ShapeError) -> Matrix {
    try combining(other, "elementwise product", *)
  }

  /// A ⊘ B, the elementwise quotient.
  public func dividingElementwise(_ other: Matrix) throws(ShapeError) -> Matrix {
    try combining(other, "elementwise quotient", /)
  }

  /// The matrix of `transform(A[i, j], B[i, j])`.
  ///
  /// - Throws: ``ShapeError`` naming `operation` and both shapes when they differ.
  public func combining(
    _ other: Matrix, _ operation: String, _ transform: (Double, Double) -> Double
  ) throws(ShapeError) -> Matrix {
    guard shape == other.shape else {
      throw ShapeError(operation: operation, left: shape, right: other.shape, reason: "shapes differ")
    }
    var result = self
    result.scalars.withUnsafeMutableBufferPointer { target in
      other.scalars.withUnsafeBufferPointer { source in
        for index in target.indices { target[index] = transform(target[index], source[index]) }
      }
    }
    return result
  }

  /// The matrix of `transform(A[i, j])`.
  public func map(_ transform: (Double) -> Double) -> Matrix {
    var result = self
    result.scalars.withUnsafeMutableBufferPointer { target in
      for index in target.indices { target[index] = transform(target[index]) }
    }
    return result
  }

  /// A + B; throws ``ShapeError`` when the shapes differ.
  public static func + (left: Matrix, right: Matrix) throws(ShapeError) -> Matrix { try left.adding(right) }
  /// A − B; throws ``ShapeError`` when the shapes differ.
  public static func - (left: Matrix, right: Matrix) throws(ShapeError) -> Matrix { try left.subtracting(right) }

  /// A + s.
  public static func + (matrix: Matrix, scalar: Double) -> Matrix { matrix.map { $0 + scalar } }
  /// A − s.
  public static func - (matrix: Matrix, scalar: Double) -> Matrix { matrix.map { $0 - scalar } }
  /// A · s.
  public static func * (matrix: Matrix, scalar: Double) -> Matrix { matrix.map { $0 * scalar } }
  /// s · A.
  public static func * (scalar: Double, matrix: Matrix) -> Matrix { matrix.map { scalar * $0 } }
  /// A / s.
  public static func / (matrix: Matrix, scalar: Double) -> Matrix { matrix.map { $0 / scalar } }
  /// −A.
  public static prefix func - (matrix: Matrix) -> Matrix { matrix.map { -$0 } }
}
