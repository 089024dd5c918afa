import DescentCore

/// The classic mistakes in Adam and AdamW.
enum AdamMistakes {
  /// The four Adam mistakes, as wrong versions of `optimizer` (`adam` or `adamw`).
  static func all(for optimizer: String) -> [KnownMistake] {
    [noBiasCorrection(optimizer), stepFromZero(optimizer), epsilonInsideSquareRoot(optimizer), wrongBeta(optimizer)]
  }

  /// The reference Adam's hyper-parameters from `h` (Adam's or AdamW's).
  static func configuration(_ h: Hyperparameters, weightDecay: Double? = nil) throws -> Adam {
    Adam(
      learningRate: try h.number("lr"), beta1: try h.number("beta1"), beta2: try h.number("beta2"),
      epsilon: try h.number("eps"), weightDecay: weightDecay ?? h.number("weight_decay", default: 0),
      amsgrad: h.flag("amsgrad"), biasCorrection: h.flag("bias_correction", default: true))
  }

  /// `flaw` made in `optimizer`, or nil when it cannot show: bias
  /// correction off (the step counter and the betas of the corrections then
  /// play no part), β₁ = β₂ (swapping them changes nothing), ε = 0 (inside
  /// or outside the root alike). With torch's ε = 1e-8 the ε mistake moves
  /// a step by about ε/√v̂ relative, so it shows only once gradients are small.
  static func flawed(_ flaw: MiswrittenAdam.Flaw, _ optimizer: String, _ h: Hyperparameters) throws -> (any Optimizer)?
  {
    let reference = try configuration(h)
    if flaw != .epsilonInsideSquareRoot && !reference.biasCorrection { return nil }
    if flaw == .swappedBiasCorrections && reference.beta1 == reference.beta2 { return nil }
    if flaw == .epsilonInsideSquareRoot && reference.epsilon == 0 { return nil }
    return MiswrittenAdam(reference, flaw: flaw, decoupledWeightDecay: optimizer == "adamw")
  }

  /// m̂ = m, v̂ = v: the reference with `bias_correction` off.
  static func noBiasCorrection(_ optimizer: String) -> KnownMistake {
    KnownMistake(
      id: "adam-no-bias-correction", title: "Adam without bias correction (the lecture's \"Adam (almost)\")",
      fix: "Divide m by 1 − β₁ᵗ and v by 1 − β₂ᵗ before the step.", optimizer: optimizer
    ) { h in
      var reference = try configuration(h)
      guard reference.biasCorrection else { return nil }
      reference.biasCorrection = false
      guard optimizer == "adamw" else { return reference }
      return AdamW(
        learningRate: reference.learningRate, beta1: reference.beta1, beta2: reference.beta2,
        epsilon: reference.epsilon, weightDecay: reference.weightDecay, amsgrad: reference.amsgrad,
        biasCorrection: false)
    }
  }

  /// The bias corrections use t − 1: division by zero at the first step.
  static func stepFromZero(_ optimizer: String) -> KnownMistake {
    KnownMistake(
      id: "adam-step-from-zero", title: "step counter starting at 0",
      fix: "Increment t before the bias corrections, so that the first step uses t = 1.", optimizer: optimizer
    ) { h in try flawed(.stepCounterFromZero, optimizer, h) }
  }

  /// m̂ / √(v̂ + ε) instead of m̂ / (√v̂ + ε).
  static func epsilonInsideSquareRoot(_ optimizer: String) -> KnownMistake {
    KnownMistake(
      id: "adam-eps-inside-sqrt", title: "ε inside the square root",
      fix: "Add ε after taking the square root: m̂ / (√v̂ + ε).", optimizer: optimizer
    ) { h in try flawed(.epsilonInsideSquareRoot, optimizer, h) }
  }

  /// m̂ corrected with β₂, v̂ with β₁.
  static func wrongBeta(_ optimizer: String) -> KnownMistake {
    KnownMistake(
      id: "adam-wrong-beta", title: "bias correction with the wrong β",
      fix: "Correct m with 1 − β₁ᵗ and v with 1 − β₂ᵗ.", optimizer: optimizer
    ) { h in try flawed(.swappedBiasCorrections, optimizer, h) }
  }

  /// AdamW written as Adam with L2: λx added to the gradient.
  static let coupledWeightDecay = KnownMistake(
    id: "adamw-coupled-weight-decay", title: "weight decay coupled where it should be decoupled",
    fix: "Shrink the parameters by lr·λ before the Adam step instead of adding λx to the gradient.",
    optimizer: "adamw"
  ) { h in
    let reference = try configuration(h)
    guard reference.weightDecay != 0 else { return nil }
    return reference
  }
}
