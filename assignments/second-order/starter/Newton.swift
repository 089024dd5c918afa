import DescentContract

/// Newton's method: x ← x − lr · H(x)⁻¹ ∇f(x).
struct Newton: Optimizer {
  /// lr, the fraction of the Newton step taken (1: the pure method).
  var learningRate: Double

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    // TODO: solve H d = ∇f(x) with `solve` (LinearSolve.swift) and step x ← x − lr·d.
    throw NotImplemented()
  }
}

/// Regularized (damped) Newton: x ← x − lr · (H(x) + αI)⁻¹ ∇f(x).
struct RegularizedNewton: Optimizer {
  /// lr, the fraction of the step taken.
  var learningRate: Double
  /// α, added to every diagonal entry of the Hessian.
  var damping: Double

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    // TODO: as Newton, with α added to the Hessian's diagonal first.
    throw NotImplemented()
  }
}
