import DescentCore

/// Regularized (damped) Newton's method: adds α to the Hessian's diagonal
/// before solving, which keeps the step defined where H is singular and,
/// for α larger than H's most negative eigenvalue, makes it a descent step.
///
/// ```
/// x ← x − lr · (H(x) + αI)⁻¹ ∇f(x)
/// ```
///
/// α → 0 recovers ``Newton``; large α approaches gradient descent with
/// step lr/α. torch.optim has no equivalent; the lecture's form is the
/// reference. Registered as `regularized-newton` (hyper-parameters `lr`,
/// `alpha`), beside plain `newton`, so that the two stay separate exercises.
public struct RegularizedNewton: Optimizer, Sendable {
  /// lr, the fraction of the regularized step taken.
  public var learningRate: Double
  /// α ≥ 0, added to every diagonal entry of the Hessian.
  public var damping: Double

  /// Creates regularized Newton with step fraction `learningRate` and damping α.
  public init(learningRate: Double = 1, damping: Double) {
    self.learningRate = learningRate
    self.damping = damping
  }

  /// Takes one regularized Newton step.
  ///
  /// - Throws: ``SingularHessianError`` when H(x) + αI is singular to working precision.
  public mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    let direction = try NewtonSystem.solve(
      at: parameters, on: objective, damping: damping, optimizer: "regularized-newton")
    for i in parameters.indices { parameters[i] -= learningRate * direction[i] }
  }
}
