/// The few vector operations the optimizers and losses share, on plain
/// `[Double]`:
///
/// ```
/// x·y = Σᵢ xᵢyᵢ      ‖x‖ = √(x·x)      axpy: y ← a·x + y
/// ```
///
/// Lengths are checked: a mismatch throws ``ShapeError`` with both lengths
/// written as 1×n.
extension Array where Element == Double {
  /// x·y.
  ///
  /// - Throws: ``ShapeError`` when the lengths differ.
  public func dot(_ other: [Double]) throws(ShapeError) -> Double {
    try Self.checkLengths(self, other, "dot product")
    var total = 0.0
    for i in indices { total += self[i] * other[i] }
    return total
  }

  /// ‖x‖₂, the Euclidean norm.
  public var norm: Double {
    var total = 0.0
    for value in self { total += value * value }
    return total.squareRoot()
  }

  /// ‖x‖∞, the largest magnitude (0 for an empty vector).
  public var maximumMagnitude: Double {
    var largest = 0.0
    for value in self { largest = Swift.max(largest, abs(value)) }
    return largest
  }

  /// y ← a·x + y (BLAS's axpy), with `self` as y.
  ///
  /// - Throws: ``ShapeError`` when the lengths differ.
  public mutating func addScaled(_ x: [Double], by a: Double) throws(ShapeError) {
    try Self.checkLengths(x, self, "axpy")
    for i in indices { self[i] += a * x[i] }
  }

  /// a·x.
  public func scaled(by a: Double) -> [Double] { map { a * $0 } }

  /// ‖x − y‖₂.
  ///
  /// - Throws: ``ShapeError`` when the lengths differ.
  public func distance(to other: [Double]) throws(ShapeError) -> Double {
    try Self.checkLengths(self, other, "distance")
    var total = 0.0
    for i in indices { total += (self[i] - other[i]) * (self[i] - other[i]) }
    return total.squareRoot()
  }

  private static func checkLengths(_ left: [Double], _ right: [Double], _ operation: String) throws(ShapeError) {
    guard left.count == right.count else {
      throw ShapeError(
        operation: operation, left: Shape(rows: 1, columns: left.count), right: Shape(rows: 1, columns: right.count),
        reason: "lengths \(left.count) and \(right.count) differ")
    }
  }
}
