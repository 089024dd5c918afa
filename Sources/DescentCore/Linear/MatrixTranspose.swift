extension Matrix {
  /// Aᵀ, with Aᵀ[j, i] = A[i, j]. Copies in 32×32 tiles so that both the
  /// reads and the writes stay within a few cache lines.
  public var transposed: Matrix {
    var result = Matrix(rows: columns, columns: rows)
    let tile = 32
    scalars.withUnsafeBufferPointer { source in
      result.scalars.withUnsafeMutableBufferPointer { target in
        for i0 in stride(from: 0, to: rows, by: tile) {
          for j0 in stride(from: 0, to: columns, by: tile) {
            for i in i0..<min(i0 + tile, rows) {
              for j in j0..<min(j0 + tile, columns) { target[j * rows + i] = source[i * columns + j] }
            }
          }
        }
      }
    }
    return result
  }
}
