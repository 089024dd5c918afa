import DescentCore

/// The classic mistakes in AdaGrad and RMSProp.
enum AdaptiveMistakes {
  /// G ← G + g instead of G ← G + g².
  static let adagradSumOfGradients = KnownMistake(
    id: "adagrad-sum-of-gradients", title: "AdaGrad accumulating g instead of g²",
    fix: "Accumulate the squared gradient: G ← G + g ⊙ g.", optimizer: "adagrad"
  ) { h in
    MiswrittenAdaGrad(
      AdaGrad(
        learningRate: try h.number("lr"), learningRateDecay: try h.number("lr_decay"),
        weightDecay: try h.number("weight_decay"), initialAccumulatorValue: try h.number("initial_accumulator_value"),
        epsilon: try h.number("eps")))
  }

  /// v ← αv + ((1 − α)g)² instead of v ← αv + (1 − α)g²; nil when α is 0
  /// (then both read v = g²).
  static let rmspropDecayOnGradient = KnownMistake(
    id: "rmsprop-decay-on-gradient", title: "RMSProp decay applied to the gradient instead of its square",
    fix: "Weight the squared gradient, not the gradient: v ← αv + (1 − α)g².", optimizer: "rmsprop"
  ) { h in
    let alpha = try h.number("alpha")
    guard alpha > 0 else { return nil }
    return MiswrittenRMSProp(
      RMSProp(
        learningRate: try h.number("lr"), alpha: alpha, epsilon: try h.number("eps"),
        weightDecay: try h.number("weight_decay"), momentum: try h.number("momentum"), centered: h.flag("centered")))
  }
}
