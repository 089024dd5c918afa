import DescentCore

/// The classic mistakes of plain gradient descent (SGD without momentum).
enum GradientDescentMistakes {
  /// x ← x + α∇f: a step up the gradient; nil with momentum (whose sign
  /// mistake is `momentum-sign-flipped`).
  static let ascent = KnownMistake(
    id: "gradient-ascent", title: "a step along the gradient instead of against it",
    fix: "Subtract the gradient: x ← x − α∇f(x); the gradient points uphill.", optimizer: "sgd"
  ) { h in
    let reference = try MomentumMistakes.configuration(h)
    guard reference.momentum == 0, reference.weightDecay == 0 else { return nil }
    return Ascent(learningRate: reference.learningRate)
  }

  /// x ← x + α∇f(x).
  struct Ascent: Optimizer, Sendable {
    var learningRate: Double

    mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
      let gradient = objective.gradient(at: parameters)
      for i in parameters.indices where i < gradient.count { parameters[i] += learningRate * gradient[i] }
    }
  }
}
