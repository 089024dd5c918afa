import DescentContract

/// Xavier (Glorot) uniform: U(−b, b), b = √(6 / (fan_in + fan_out)).
func xavierUniform(_ fanIn: Int, _ fanOut: Int, _ generator: inout SeededGenerator) throws -> Matrix {
  // TODO: fan_in × fan_out draws from generator.uniform(in:).
  throw NotImplemented()
}

/// Xavier (Glorot) normal: N(0, σ²), σ = √(2 / (fan_in + fan_out)).
func xavierNormal(_ fanIn: Int, _ fanOut: Int, _ generator: inout SeededGenerator) throws -> Matrix {
  // TODO: fan_in × fan_out draws of σ · generator.nextNormal().
  throw NotImplemented()
}

/// He (Kaiming) uniform for ReLU: U(−b, b), b = √(6 / fan_in).
func heUniform(_ fanIn: Int, _ fanOut: Int, _ generator: inout SeededGenerator) throws -> Matrix {
  // TODO
  throw NotImplemented()
}

/// He (Kaiming) normal for ReLU: N(0, σ²), σ = √(2 / fan_in).
func heNormal(_ fanIn: Int, _ fanOut: Int, _ generator: inout SeededGenerator) throws -> Matrix {
  // TODO
  throw NotImplemented()
}
