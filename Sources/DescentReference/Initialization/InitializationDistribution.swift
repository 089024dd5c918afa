import DescentCore

/// Whether initial weights are drawn uniformly or from a normal distribution.
public enum InitializationDistribution: String, Sendable, Hashable, CaseIterable {
  /// U(−b, b), whose standard deviation is b/√3.
  case uniform
  /// N(0, σ²).
  case normal

  /// An `inputs`×`outputs` matrix (the course's W, D×C: scores = X·W) of
  /// draws with standard deviation `standardDeviation`, from `generator`
  /// row by row. torch's `nn.Linear` weight is the transpose, outputs×inputs.
  func sample(
    inputs: Int, outputs: Int, standardDeviation: Double, using generator: inout SeededGenerator
  ) -> Matrix {
    var weights = Matrix(rows: max(0, inputs), columns: max(0, outputs))
    let bound = 3.0.squareRoot() * standardDeviation
    for row in 0..<weights.rows {
      for column in 0..<weights.columns {
        weights[row, column] =
          switch self {
          case .uniform: generator.uniform(in: -bound..<bound)
          case .normal: generator.nextNormal(mean: 0, standardDeviation: standardDeviation)
          }
      }
    }
    return weights
  }
}
