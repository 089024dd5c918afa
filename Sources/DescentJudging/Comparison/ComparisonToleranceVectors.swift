extension ComparisonTolerance {
  /// Whether `got` has `expected`'s length and every entry is accepted.
  public func accepts(_ got: [Double], expected: [Double]) -> Bool {
    got.count == expected.count && zip(got, expected).allSatisfy { accepts($0, expected: $1) }
  }

  /// The (row, column) of each entry of `got` outside the tolerance of
  /// `expected`, row by row over the rows both have; a row of another
  /// length counts as wrong at its column 0.
  public func rejectedEntries(of got: [[Double]], expected: [[Double]]) -> [(row: Int, column: Int)] {
    var rejected: [(row: Int, column: Int)] = []
    for (row, (values, wanted)) in zip(got, expected).enumerated() {
      guard values.count == wanted.count else {
        rejected.append((row, 0))
        continue
      }
      for column in wanted.indices where !accepts(values[column], expected: wanted[column]) {
        rejected.append((row, column))
      }
    }
    return rejected
  }
}
