import DescentContract

/// A fan_in × fan_out matrix of independent draws.
private func draws(_ fanIn: Int, _ fanOut: Int, _ draw: () -> Double) throws -> Matrix {
  try Matrix(rows: fanIn, columns: fanOut, scalars: (0..<fanIn * fanOut).map { _ in draw() })
}

/// Xavier (Glorot) uniform: U(−b, b), b = √(6 / (fan_in + fan_out)).
func xavierUniform(_ fanIn: Int, _ fanOut: Int, _ generator: inout SeededGenerator) throws -> Matrix {
  let bound = (6 / Double(fanIn + fanOut)).squareRoot()
  return try draws(fanIn, fanOut) { generator.uniform(in: -bound..<bound) }
}

/// Xavier (Glorot) normal: N(0, σ²), σ = √(2 / (fan_in + fan_out)).
func xavierNormal(_ fanIn: Int, _ fanOut: Int, _ generator: inout SeededGenerator) throws -> Matrix {
  let sigma = (2 / Double(fanIn + fanOut)).squareRoot()
  return try draws(fanIn, fanOut) { sigma * generator.nextNormal() }
}

/// He (Kaiming) uniform for ReLU: U(−b, b), b = √(6 / fan_in).
func heUniform(_ fanIn: Int, _ fanOut: Int, _ generator: inout SeededGenerator) throws -> Matrix {
  let bound = (6 / Double(fanIn)).squareRoot()
  return try draws(fanIn, fanOut) { generator.uniform(in: -bound..<bound) }
}

/// He (Kaiming) normal for ReLU: N(0, σ²), σ = √(2 / fan_in).
func heNormal(_ fanIn: Int, _ fanOut: Int, _ generator: inout SeededGenerator) throws -> Matrix {
  let sigma = (1 / Double(fanIn)).squareRoot()
  return try draws(fanIn, fanOut) { sigma * generator.nextNormal() }
}
