import DescentContract

/// RMSProp: like AdaGrad, but the squared gradients are averaged with
/// exponentially decaying weights, so old gradients are forgotten.
///
/// ```
/// g ← ∇f(x)
/// v ← β v + (1 − β) g²                         (v starts at 0)
/// plain:     d ← √v + ε
/// centered:  ḡ ← β ḡ + (1 − β) g;  d ← √(v − ḡ²) + ε     (ḡ starts at 0)
/// without momentum:  x ← x − α g / d
/// with momentum ρ:   b ← ρ b + g / d;  x ← x − α b      (b starts at 0)
/// ```
///
/// torch: `torch.optim.RMSprop(params, lr=α, alpha=β, eps=ε, momentum=ρ,
/// centered=...)`. Note that torch calls the decay β `alpha`.
struct RMSProp: Optimizer {
  /// α, the learning rate (`lr`).
  var learningRate: Double
  /// β, the decay of the average of squared gradients (`alpha` in torch).
  var decay: Double
  /// ε, added to the root so that the division is safe (`eps`).
  var epsilon: Double
  /// ρ, the momentum of the scaled step (`momentum`); 0 for none.
  var momentum: Double
  /// Whether to divide by an estimate of the variance rather than the raw second moment (`centered`).
  var centered: Bool
  /// v, the running average of g².
  private var squareAverage: [Double] = []
  /// ḡ, the running average of g (centered only).
  private var gradientAverage: [Double] = []
  /// b, the momentum buffer (momentum > 0 only).
  private var buffer: [Double] = []

  init(learningRate: Double, decay: Double, epsilon: Double, momentum: Double, centered: Bool) {
    self.learningRate = learningRate
    self.decay = decay
    self.epsilon = epsilon
    self.momentum = momentum
    self.centered = centered
  }

  mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    let n = parameters.count
    if squareAverage.isEmpty {
      squareAverage = Array(repeating: 0, count: n)
      gradientAverage = Array(repeating: 0, count: n)
      buffer = Array(repeating: 0, count: n)
    }
    let gradient = objective.gradient(at: parameters)
    for i in parameters.indices {
      let g = gradient[i]
      // Lerp form: equal to βv + (1 − β)g² in exact arithmetic, rounded differently.
      squareAverage[i] += (1 - decay) * (g * g - squareAverage[i])
      var denominator: Double
      if centered {
        gradientAverage[i] += (1 - decay) * (g - gradientAverage[i])
        denominator = (squareAverage[i] - gradientAverage[i] * gradientAverage[i]).squareRoot() + epsilon
      } else {
        denominator = squareAverage[i].squareRoot() + epsilon
      }
      if momentum > 0 {
        buffer[i] = momentum * buffer[i] + g / denominator
        parameters[i] -= learningRate * buffer[i]
      } else {
        parameters[i] -= learningRate * g / denominator
      }
    }
  }
}
