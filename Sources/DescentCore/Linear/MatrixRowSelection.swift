extension Matrix {
  /// The rows at `indices`, in that order (repeats allowed): X[batch] for a
  /// minibatch of examples.
  ///
  /// - Throws: ``ShapeError`` when an index is outside 0..<rows.
  public func selectingRows(_ indices: [Int]) throws(ShapeError) -> Matrix {
    var scalars: [Double] = []
    scalars.reserveCapacity(indices.count * columns)
    for index in indices {
      guard index >= 0, index < rows else {
        throw ShapeError(
          operation: "selectingRows", left: shape, right: Shape(rows: indices.count, columns: 1),
          reason: "row \(index) is outside 0..<\(rows)")
      }
      let start = index * columns
      scalars.append(contentsOf: self.scalars[start..<(start + columns)])
    }
    return Matrix(rows: indices.count, columns: columns, generated: scalars)
  }
}
