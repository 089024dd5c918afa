import DescentCore

/// RMSProp with Nesterov momentum, Algorithm 8.7 of Goodfellow, Bengio and
/// Courville's *Deep Learning*: the gradient is taken at the look-ahead
/// point, scaled by RMSProp's running root mean square, and accumulated in a
/// velocity.
///
/// ```
/// r₀ = 0,  v₀ = 0
/// x̃ ← x + αv                          (momentum α)
/// g ← ∇f(x̃)
/// r ← ρr + (1 − ρ) g ⊙ g              (rho ρ)
/// v ← αv − γ g / (√r + ε)             (lr γ; the book has ε = 0)
/// x ← x + v
/// ```
///
/// torch.optim has no such optimizer (its RMSprop's momentum is heavy-ball,
/// not Nesterov's); the book's algorithm is followed, with ε outside the root
/// as an optional guard (0 by default, as the book writes it).
public struct RMSPropNesterov: Optimizer, Sendable {
  /// lr, γ.
  public var learningRate: Double
  /// rho, ρ: the decay of the moving average of g².
  public var rho: Double
  /// momentum, α: how much of the velocity carries over.
  public var momentum: Double
  /// eps, ε: added to √r (0 in the book).
  public var epsilon: Double
  /// Takes the gradient at x instead of x + αv: the classic mistake, kept
  /// here so that the catalog can run it.
  var evaluatesAtCurrentPoint = false
  /// r, the moving average of squared gradients; empty before the first step.
  public private(set) var squareAverage: [Double] = []
  /// v, the velocity.
  public private(set) var velocity: [Double] = []

  /// Creates the method; defaults lr 1e-3, ρ 0.9, α 0.9, ε 0.
  public init(learningRate: Double = 1e-3, rho: Double = 0.9, momentum: Double = 0.9, epsilon: Double = 0) {
    self.learningRate = learningRate
    self.rho = rho
    self.momentum = momentum
    self.epsilon = epsilon
  }

  /// One step of the update above.
  public mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    try OptimizerInputError.check(
      "rmsprop-nesterov", parameters: parameters.count, gradient: parameters.count, stateCount: velocity.count)
    if velocity.isEmpty {
      velocity = [Double](repeating: 0, count: parameters.count)
      squareAverage = velocity
    }
    var lookAhead = parameters
    if !evaluatesAtCurrentPoint {
      for i in lookAhead.indices { lookAhead[i] += momentum * velocity[i] }
    }
    let gradient = objective.gradient(at: lookAhead)
    try OptimizerInputError.check(
      "rmsprop-nesterov", parameters: parameters.count, gradient: gradient.count, stateCount: velocity.count)
    for i in parameters.indices {
      squareAverage[i] = rho * squareAverage[i] + (1 - rho) * gradient[i] * gradient[i]
      velocity[i] = momentum * velocity[i] - learningRate * gradient[i] / (squareAverage[i].squareRoot() + epsilon)
      parameters[i] += velocity[i]
    }
  }
}
