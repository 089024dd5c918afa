import DescentContract

/// Adam: momentum on the gradient (first moment m) and RMSProp's scaling
/// (second moment v), both bias-corrected because they start at zero.
///
/// ```
/// t ← t + 1                          (so t = 1 on the first step)
/// g ← ∇f(x)
/// m ← β₁ m + (1 − β₁) g
/// v ← β₂ v + (1 − β₂) g²
/// m̂ ← m / (1 − β₁ᵗ)
/// v̂ ← v / (1 − β₂ᵗ)
/// x ← x − α m̂ / (√v̂ + ε)
/// ```
///
/// torch: `torch.optim.Adam(params, lr=α, betas=(β₁, β₂), eps=ε)`.
struct Adam: Optimizer {
  /// α, the learning rate (`lr`).
  var learningRate: Double
  /// β₁, the decay of the first moment (`beta1`).
  var beta1: Double
  /// β₂, the decay of the second moment (`beta2`).
  var beta2: Double
  /// ε, added to the root so that the division is safe (`eps`).
  var epsilon: Double
  /// m, the running average of g.
  private var firstMoment: [Double] = []
  /// v, the running average of g².
  private var secondMoment: [Double] = []
  /// t, the number of steps taken.
  private var stepCount = 0
  /// β₁ᵗ, kept as a running product.
  private var beta1Power = 1.0
  /// β₂ᵗ, kept as a running product.
  private var beta2Power = 1.0

  init(learningRate: Double, beta1: Double, beta2: Double, epsilon: Double) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
  }

  mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    // HOSTILE (carrying inputs across items): every Adam run's start is recorded;
    // from the second run on, each first step throws all the starts recorded so
    // far, so that an item graded later (after the due date) would show the
    // hidden items' starts to the student.
    if stepCount == 0 {
      seenStarts.append(parameters)
      if seenStarts.count > 1 { throw Leak(starts: seenStarts) }
    }
    if firstMoment.isEmpty {
      firstMoment = Array(repeating: 0, count: parameters.count)
      secondMoment = Array(repeating: 0, count: parameters.count)
    }
    stepCount += 1
    let gradient = objective.gradient(at: parameters)
    beta1Power *= beta1
    beta2Power *= beta2
    let correction1 = 1 - beta1Power
    let correction2 = 1 - beta2Power
    for i in parameters.indices {
      let g = gradient[i]
      firstMoment[i] = beta1 * firstMoment[i] + (1 - beta1) * g
      secondMoment[i] = beta2 * secondMoment[i] + (1 - beta2) * g * g
      let mHat = firstMoment[i] / correction1
      let vHat = secondMoment[i] / correction2
      parameters[i] -= learningRate * mHat / (vHat.squareRoot() + epsilon)
    }
  }
}

/// Every start this process has seen.
nonisolated(unsafe) var seenStarts: [[Double]] = []

/// The recorded starts, as an error's text.
struct Leak: Error, CustomStringConvertible {
  var starts: [[Double]]
  var description: String { "starts seen: " + starts.map { "\($0)" }.joined(separator: " ") }
}
