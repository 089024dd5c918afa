import DescentCore

/// The classic mistakes in AdaGrad and RMSProp.
enum AdaptiveMistakes {
  /// G ← G + g instead of G ← G + g².
  static let adagradSumOfGradients = KnownMistake(
    id: "adagrad-sum-of-gradients", title: "AdaGrad accumulating g instead of g²",
    fix: "Accumulate the squared gradient: G ← G + g ⊙ g.", optimizer: "adagrad"
  ) { h in MiswrittenAdaGrad(try adagrad(h), flaw: .sumOfGradients) }

  /// g / √(G + ε) instead of g / (√G + ε); nil when ε is 0 (both read g / √G).
  static let adagradEpsilonInsideSquareRoot = KnownMistake(
    id: "adagrad-eps-inside-sqrt", title: "AdaGrad with ε inside the square root",
    fix: "Add ε after the square root as torch does, g / (√G + ε), although some notes put δ inside.",
    optimizer: "adagrad"
  ) { h in
    let reference = try adagrad(h)
    guard reference.epsilon != 0 else { return nil }
    return MiswrittenAdaGrad(reference, flaw: .epsilonInsideSquareRoot)
  }

  /// The reference AdaGrad's hyper-parameters from `h`.
  static func adagrad(_ h: Hyperparameters) throws -> AdaGrad {
    AdaGrad(
      learningRate: try h.number("lr"), learningRateDecay: try h.number("lr_decay"),
      weightDecay: try h.number("weight_decay"), initialAccumulatorValue: try h.number("initial_accumulator_value"),
      epsilon: try h.number("eps"))
  }

  /// The reference RMSProp's hyper-parameters from `h`.
  static func rmsprop(_ h: Hyperparameters) throws -> RMSProp {
    RMSProp(
      learningRate: try h.number("lr"), alpha: try h.number("alpha"), epsilon: try h.number("eps"),
      weightDecay: try h.number("weight_decay"), momentum: try h.number("momentum"), centered: h.flag("centered"))
  }

  /// v ← αv + ((1 − α)g)² instead of v ← αv + (1 − α)g²; nil when α is 0
  /// (then both read v = g²).
  static let rmspropDecayOnGradient = KnownMistake(
    id: "rmsprop-decay-on-gradient", title: "RMSProp decay applied to the gradient instead of its square",
    fix: "Weight the squared gradient, not the gradient: v ← αv + (1 − α)g².", optimizer: "rmsprop"
  ) { h in
    let reference = try rmsprop(h)
    guard reference.alpha > 0 else { return nil }
    return MiswrittenRMSProp(reference, flaw: .decayOnGradient)
  }

  /// d ← √(v + ε) instead of √v + ε (centered: √(v − ḡ² + ε)); nil when ε is 0.
  static let rmspropEpsilonInsideSquareRoot = KnownMistake(
    id: "rmsprop-eps-inside-sqrt", title: "RMSProp with ε inside the square root",
    fix: "Add ε after the square root as torch does, g / (√v + ε), although some notes put δ inside.",
    optimizer: "rmsprop"
  ) { h in
    let reference = try rmsprop(h)
    guard reference.epsilon != 0 else { return nil }
    return MiswrittenRMSProp(reference, flaw: .epsilonInsideSquareRoot)
  }
}
