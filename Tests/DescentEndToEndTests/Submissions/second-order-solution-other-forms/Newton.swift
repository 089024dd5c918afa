import DescentContract

/// Newton's method: x ← x − lr · H(x)⁻¹ ∇f(x).
struct Newton: Optimizer {
  /// lr, the fraction of the Newton step taken (1: the pure method).
  var learningRate: Double

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    let d = try solve(objective.hessian(at: x), objective.gradient(at: x).map { learningRate * $0 })
    for i in x.indices { x[i] -= d[i] }
  }
}

/// Regularized (damped) Newton: x ← x − lr · (H(x) + αI)⁻¹ ∇f(x).
struct RegularizedNewton: Optimizer {
  /// lr, the fraction of the step taken.
  var learningRate: Double
  /// α, added to every diagonal entry of the Hessian.
  var damping: Double

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    var hessian = objective.hessian(at: x)
    for i in x.indices { hessian[i, i] += damping }
    let d = try solve(hessian, objective.gradient(at: x))
    for i in x.indices { x[i] -= learningRate * d[i] }
  }
}
