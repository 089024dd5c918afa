import DescentCore

/// Newton's method: steps to the stationary point of the local quadratic
/// model, solving the Newton system with an LU factorization of the Hessian.
///
/// ```
/// x ← x − lr · H(x)⁻¹ ∇f(x)          (lr = 1: the pure Newton step)
/// ```
///
/// torch.optim has no Newton method; the lecture's form is the reference.
/// On a positive-definite quadratic one step lands on the minimizer. Newton's
/// method seeks stationary points, not minima: at an indefinite Hessian it
/// heads for the saddle as readily as for a minimum. The Hessian comes from
/// ``Objective/hessian(at:)``.
public struct Newton: Optimizer, Sendable {
  /// lr, the fraction of the Newton step taken (1 for the pure method).
  public var learningRate: Double

  /// Creates Newton's method with step fraction `learningRate`.
  public init(learningRate: Double = 1) {
    self.learningRate = learningRate
  }

  /// Takes one Newton step.
  ///
  /// - Throws: ``SingularHessianError`` when H(x) is singular to working precision.
  public mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    let direction = try NewtonSystem.solve(
      at: parameters, on: objective, damping: 0, optimizer: "newton")
    for i in parameters.indices { parameters[i] -= learningRate * direction[i] }
  }
}

/// Solves (H(x) + αI) d = ∇f(x) for the Newton methods.
enum NewtonSystem {
  static func solve(
    at point: [Double], on objective: some Objective, damping: Double, optimizer: String
  ) throws(SingularHessianError) -> [Double] {
    let gradient = objective.gradient(at: point)
    var hessian = objective.hessian(at: point)
    if damping != 0 {
      for i in 0..<min(hessian.rows, hessian.columns) { hessian[i, i] += damping }
    }
    do {
      return try LUFactorization(hessian).solve(gradient)
    } catch {
      throw SingularHessianError(optimizer: optimizer, point: point, underlying: error)
    }
  }
}
