import DescentCore

/// The classic mistakes in SGD with momentum and Nesterov momentum.
enum MomentumMistakes {
  /// The reference SGD's hyper-parameters from `h` (`sgd`'s, or a named
  /// form's, which lack some: those read as 0 / false).
  static func configuration(_ h: Hyperparameters) throws -> SGD {
    SGD(
      learningRate: try h.number("lr"), momentum: try h.number("momentum"),
      dampening: h.number("dampening", default: 0), weightDecay: h.number("weight_decay", default: 0),
      nesterov: h.flags["nesterov"] ?? false)
  }

  /// b ← ρb − (1 − τ)g after the first step; nil without momentum or with Nesterov.
  static func signFlipped(for optimizer: String) -> KnownMistake {
    KnownMistake(
      id: "momentum-sign-flipped", title: "momentum sign flipped",
      fix:
        "Keep the step against the gradient: v ← ρv + g, x ← x − αv in torch's form,"
        + " or v ← ρv − αg, x ← x + v in the step form.",
      optimizer: optimizer
    ) { h in
      let reference = try configuration(h)
      guard reference.momentum > 0, !reference.nesterov else { return nil }
      return MiswrittenMomentum(reference, flaw: .signFlipped)
    }
  }

  /// The first buffer dampened; nil unless momentum and dampening are both positive.
  static let dampeningFirstStep = KnownMistake(
    id: "dampening-first-step", title: "dampening applied on the first step",
    fix: "Start the momentum buffer at the raw gradient and apply dampening only from the second step on.",
    optimizer: "sgd"
  ) { h in
    let reference = try configuration(h)
    guard reference.momentum > 0, reference.dampening > 0, !reference.nesterov else { return nil }
    return MiswrittenMomentum(reference, flaw: .dampenedFirstStep)
  }

  /// Nesterov in torch's form stepping along b instead of g + ρb: that is
  /// the gradient taken at the current point, i.e. classical momentum, so
  /// the reference SGD without `nesterov`. Nil unless Nesterov applies.
  static func nesterovCurrentPoint(for optimizer: String) -> KnownMistake {
    KnownMistake(
      id: "nesterov-current-point", title: "Nesterov gradient taken at the current point",
      fix: "Take the gradient at the look-ahead point x + ρv (in torch's form: step along g + ρb, not b).",
      optimizer: optimizer
    ) { h in
      var reference = try configuration(h)
      let nesterov = h.flags["nesterov"] ?? (optimizer != "sgd")
      guard nesterov, reference.momentum > 0 else { return nil }
      reference.nesterov = false
      return reference
    }
  }

  /// The look-ahead form with its gradient at x instead of x + ρv: classical
  /// momentum in step form.
  static let nesterovLookAheadCurrentPoint = KnownMistake(
    id: "nesterov-current-point", title: "Nesterov gradient taken at the current point",
    fix: "Take the gradient at the look-ahead point x + ρv, not at x.", optimizer: "sgd-nesterov-lookahead"
  ) { h in
    let reference = try configuration(h)
    guard reference.momentum > 0 else { return nil }
    return MomentumStepForm(
      learningRate: reference.learningRate, momentum: reference.momentum, weightDecay: reference.weightDecay)
  }
}
