import DescentCore

/// The classic mistakes of the second optimizers assignment's methods:
/// AdaDelta, AMSGrad, the lecture's "Adam (almost)", RMSProp with Nesterov
/// momentum and AdaGrad-Norm.
enum AdaptiveMethodMistakes {
  /// (√u + ε)/(√v + ε) instead of √(u + ε)/√(v + ε); nil when ε = 0.
  static let adadeltaEpsilonOutsideSquareRoot = KnownMistake(
    id: "adadelta-eps-outside-sqrt", title: "ε outside AdaDelta's square roots",
    fix: "Zeiler and torch add ε inside both roots: √(u + ε) / √(v + ε).", optimizer: "adadelta"
  ) { h in
    let epsilon = try h.number("eps")
    guard epsilon > 0 else { return nil }
    return MiswrittenAdaDelta(
      learningRate: try h.number("lr"), rho: try h.number("rho"), epsilon: epsilon,
      weightDecay: h.number("weight_decay", default: 0))
  }

  /// Plain Adam where AMSGrad was asked: v̂ without the running maximum; nil without amsgrad.
  static let amsgradMaximumNotKept = KnownMistake(
    id: "amsgrad-max-not-kept", title: "AMSGrad without the running maximum of v",
    fix: "Keep v_max ← max(v_max, v) across steps and divide by √(v_max / (1 − β₂ᵗ)) + ε.", optimizer: "adam"
  ) { h in
    var reference = try AdamMistakes.configuration(h)
    guard reference.amsgrad else { return nil }
    reference.amsgrad = false
    return reference
  }

  /// Bias correction where the lecture's "Adam (almost)" has none; nil when it is on.
  static let adamAlmostBiasCorrected = KnownMistake(
    id: "adam-almost-bias-corrected", title: "bias correction in the lecture's \"Adam (almost)\"",
    fix: "Adam (almost) steps with m / (√v + ε) directly: no division by 1 − βᵗ.", optimizer: "adam"
  ) { h in
    var reference = try AdamMistakes.configuration(h)
    guard !reference.biasCorrection else { return nil }
    reference.biasCorrection = true
    return reference
  }

  /// The gradient at x instead of the look-ahead point x + αv; nil without momentum.
  static let rmspropNesterovCurrentPoint = KnownMistake(
    id: "rmsprop-nesterov-current-point", title: "the gradient at the current point instead of the look-ahead",
    fix: "Evaluate ∇f at x + αv, the point the velocity is about to carry x to.", optimizer: "rmsprop-nesterov"
  ) { h in
    var wrong = RMSPropNesterov(
      learningRate: try h.number("lr"), rho: try h.number("rho"), momentum: try h.number("momentum"),
      epsilon: try h.number("eps"))
    guard wrong.momentum > 0 else { return nil }
    wrong.evaluatesAtCurrentPoint = true
    return wrong
  }

  /// AdaGrad's per-coordinate sums where one global sum of ‖g‖² was asked.
  static let adagradNormPerCoordinate = KnownMistake(
    id: "adagrad-norm-per-coordinate", title: "a sum of g² per coordinate instead of one sum of ‖g‖²",
    fix: "Accumulate one number, G ← G + Σᵢ gᵢ², and divide every coordinate by √G + ε.", optimizer: "adagrad-norm"
  ) { h in
    AdaGrad(
      learningRate: try h.number("lr"), initialAccumulatorValue: try h.number("initial_accumulator_value"),
      epsilon: try h.number("eps"))
  }
}

/// AdaDelta with ε added outside the roots.
struct MiswrittenAdaDelta: GradientOptimizer, Sendable {
  var learningRate: Double
  var rho: Double
  var epsilon: Double
  var weightDecay: Double
  var squareAverage: [Double] = []
  var deltaSquareAverage: [Double] = []

  mutating func update(_ parameters: inout [Double], gradient: [Double]) throws {
    try OptimizerInputError.check(
      "adadelta", parameters: parameters.count, gradient: gradient.count, stateCount: squareAverage.count)
    if squareAverage.isEmpty {
      squareAverage = [Double](repeating: 0, count: parameters.count)
      deltaSquareAverage = squareAverage
    }
    for i in parameters.indices {
      let g = decayed(gradient[i], at: parameters[i], weightDecay: weightDecay)
      squareAverage[i] = rho * squareAverage[i] + (1 - rho) * g * g
      let delta = (deltaSquareAverage[i].squareRoot() + epsilon) / (squareAverage[i].squareRoot() + epsilon) * g
      deltaSquareAverage[i] = rho * deltaSquareAverage[i] + (1 - rho) * delta * delta
      parameters[i] -= learningRate * delta
    }
  }
}
