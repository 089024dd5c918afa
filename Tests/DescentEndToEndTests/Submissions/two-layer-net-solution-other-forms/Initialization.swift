import DescentContract

/// Xavier (Glorot) and He initialization, drawn otherwise: uniform draws as
/// bound·(2u − 1), normal draws by Box–Muller from the seeded generator's
/// uniforms, filled column by column.
private func draws(_ fanIn: Int, _ fanOut: Int, _ draw: () -> Double) throws -> Matrix {
  var weights = Matrix(rows: fanIn, columns: fanOut)
  for column in 0..<fanOut {
    for row in 0..<fanIn { weights[row, column] = draw() }
  }
  return weights
}

/// A standard normal draw by Box–Muller (the cosine half).
private func boxMuller(_ generator: inout SeededGenerator) -> Double {
  let u1 = 1 - generator.nextUniform()  // in (0, 1]
  let u2 = generator.nextUniform()
  return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
}

/// Xavier uniform: U(−√(6/(fan_in + fan_out)), +√(6/(fan_in + fan_out))).
func xavierUniform(_ fanIn: Int, _ fanOut: Int, _ generator: inout SeededGenerator) throws -> Matrix {
  let bound = (6 / Double(fanIn + fanOut)).squareRoot()
  return try draws(fanIn, fanOut) { bound * (2 * generator.nextUniform() - 1) }
}

/// Xavier normal: N(0, 2/(fan_in + fan_out)).
func xavierNormal(_ fanIn: Int, _ fanOut: Int, _ generator: inout SeededGenerator) throws -> Matrix {
  let variance = 2 / Double(fanIn + fanOut)
  return try draws(fanIn, fanOut) { variance.squareRoot() * boxMuller(&generator) }
}

/// He uniform: U(−√(6/fan_in), +√(6/fan_in)).
func heUniform(_ fanIn: Int, _ fanOut: Int, _ generator: inout SeededGenerator) throws -> Matrix {
  let bound = (6 / Double(fanIn)).squareRoot()
  return try draws(fanIn, fanOut) { bound * (2 * generator.nextUniform() - 1) }
}

/// He normal: N(0, 2/fan_in).
func heNormal(_ fanIn: Int, _ fanOut: Int, _ generator: inout SeededGenerator) throws -> Matrix {
  let variance = 2 / Double(fanIn)
  return try draws(fanIn, fanOut) { variance.squareRoot() * boxMuller(&generator) }
}
