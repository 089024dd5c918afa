import DescentCore

/// The known mistakes of each optimizer, by registry name: the classic
/// errors of the course's optimizers (issue "mistake fingerprints"):
///
/// | id                          | optimizers                          |
/// |-----------------------------|-------------------------------------|
/// | adam-no-bias-correction     | adam, adamw                         |
/// | adam-step-from-zero         | adam, adamw                         |
/// | adam-eps-inside-sqrt        | adam, adamw                         |
/// | adam-wrong-beta             | adam, adamw                         |
/// | adamw-coupled-weight-decay  | adamw                               |
/// | momentum-sign-flipped       | sgd, sgd-momentum                   |
/// | dampening-first-step        | sgd                                 |
/// | nesterov-current-point      | sgd, sgd-nesterov, sgd-nesterov-lookahead |
/// | gradient-ascent             | sgd (without momentum)              |
/// | amsgrad-max-not-kept        | adam (amsgrad)                      |
/// | adam-almost-bias-corrected  | adam (bias_correction off)          |
/// | adadelta-eps-outside-sqrt   | adadelta                            |
/// | rmsprop-nesterov-current-point | rmsprop-nesterov                 |
/// | adagrad-norm-per-coordinate | adagrad-norm                        |
/// | adagrad-sum-of-gradients    | adagrad                             |
/// | adagrad-eps-inside-sqrt     | adagrad                             |
/// | rmsprop-decay-on-gradient   | rmsprop                             |
/// | rmsprop-eps-inside-sqrt     | rmsprop                             |
/// | newton-sign-flipped         | newton, regularized-newton          |
/// | regularized-newton-damping-subtracted | regularized-newton        |
/// | bfgs-s-y-swapped            | bfgs                                |
/// | lbfgs-loops-reversed        | lbfgs                               |
/// | lbfgs-no-initial-scaling    | lbfgs                               |
/// | cg-no-restart               | cg                                  |
/// | cg-other-beta               | cg                                  |
///
/// The ids are those of the sample submissions `<assignment>-<id>` the
/// end-to-end tests grade. The mistakes of the lecture's routines (numeric
/// gradients, gradient checks, random searches, second-derivative tests)
/// have catalogs of their own beside this one (``RoutineMistake``).
public enum MistakeCatalog {
  /// The known mistakes of the optimizer called `optimizer`; empty for an
  /// optimizer without any (or an unknown name).
  public static func mistakes(of optimizer: String) -> [KnownMistake] {
    table[optimizer] ?? []
  }

  /// Every optimizer name that has known mistakes, sorted.
  public static var optimizers: [String] { table.keys.sorted() }

  /// The catalog as data: optimizer name to its mistakes.
  static let table: [String: [KnownMistake]] = [
    "adam": AdamMistakes.all(for: "adam") + [
      AdaptiveMethodMistakes.amsgradMaximumNotKept, AdaptiveMethodMistakes.adamAlmostBiasCorrected,
    ],
    "adadelta": [AdaptiveMethodMistakes.adadeltaEpsilonOutsideSquareRoot],
    "rmsprop-nesterov": [AdaptiveMethodMistakes.rmspropNesterovCurrentPoint],
    "adagrad-norm": [AdaptiveMethodMistakes.adagradNormPerCoordinate],
    "adamw": AdamMistakes.all(for: "adamw") + [AdamMistakes.coupledWeightDecay],
    "sgd": [
      MomentumMistakes.signFlipped(for: "sgd"), MomentumMistakes.dampeningFirstStep,
      MomentumMistakes.nesterovCurrentPoint(for: "sgd"), GradientDescentMistakes.ascent,
    ],
    "sgd-momentum": [MomentumMistakes.signFlipped(for: "sgd-momentum")],
    "sgd-nesterov": [MomentumMistakes.nesterovCurrentPoint(for: "sgd-nesterov")],
    "sgd-nesterov-lookahead": [MomentumMistakes.nesterovLookAheadCurrentPoint],
    "adagrad": [AdaptiveMistakes.adagradSumOfGradients, AdaptiveMistakes.adagradEpsilonInsideSquareRoot],
    "rmsprop": [AdaptiveMistakes.rmspropDecayOnGradient, AdaptiveMistakes.rmspropEpsilonInsideSquareRoot],
    "newton": [SecondOrderMistakes.newtonSignFlipped(for: "newton")],
    "regularized-newton": [
      SecondOrderMistakes.newtonSignFlipped(for: "regularized-newton"), SecondOrderMistakes.dampingSubtracted,
    ],
    "bfgs": [SecondOrderMistakes.bfgsPairSwapped],
    "lbfgs": [SecondOrderMistakes.lbfgsLoopsReversed, SecondOrderMistakes.lbfgsNoInitialScaling],
    "cg": [SecondOrderMistakes.cgNoRestart, SecondOrderMistakes.cgOtherBeta],
  ]

  /// Every known mistake once, by id (a mistake shared by several optimizers
  /// appears with the first of them).
  public static var all: [KnownMistake] {
    var seen = Set<String>()
    return optimizers.flatMap(mistakes(of:)).filter { seen.insert($0.id).inserted }
  }
}
