import DescentCore

extension OptimizerRegistry {
  /// SGD (with momentum, Nesterov), AdaGrad, RMSProp, AdaDelta, Adam, AdamW, NAdam.
  ///
  /// The seven torch.optim optimizers keep torch's names, hyper-parameter
  /// names, defaults and validity checks (`betas` split into `beta1` and
  /// `beta2`). Four more names select one textbook form of momentum, for
  /// rubrics that ask for a form and for the command line:
  ///
  /// | name                     | update                                   | same points as            |
  /// |--------------------------|------------------------------------------|---------------------------|
  /// | `sgd-momentum`           | v ← ρv + g,  x ← x − αv  (torch's)       | `sgd-momentum-step`       |
  /// | `sgd-momentum-step`      | v ← ρv − αg, x ← x + v                   | `sgd-momentum`            |
  /// | `sgd-nesterov`           | b ← ρb + g,  x̃ ← x̃ − α(g + ρb) (torch's) | look-ahead, under x̃ = x + ρv |
  /// | `sgd-nesterov-lookahead` | v ← ρv − α∇f(x + ρv), x ← x + v          | `sgd-nesterov`, ditto     |
  ///
  /// Their momentum defaults to 0.9 (torch has no such optimizers; SGD's
  /// own default momentum is 0). Each lists the other form of its pair as an
  /// equivalent formulation, and `sgd` lists whichever applies to its flags.
  static let firstOrderDescriptors: [OptimizerDescriptor] = [
    OptimizerDescriptor(
      name: "sgd", summary: "SGD with torch's momentum, dampening, Nesterov and weight decay",
      hyperparameters: [
        FirstOrderParameters.learningRate(1e-3),
        FirstOrderParameters.momentum(0),
        HyperparameterSpecification(
          name: "dampening", kind: .number(default: 0, range: 0...1),
          summary: "τ: the gradient enters the buffer times 1 − τ (not at the first step)"),
        FirstOrderParameters.weightDecay(0),
        HyperparameterSpecification(
          name: "nesterov", kind: .flag(default: false), summary: "Nesterov momentum (needs momentum > 0, dampening 0)"),
      ],
      equivalentFormulations: [FirstOrderParameters.momentumStepForm, FirstOrderParameters.nesterovLookAheadForm],
      make: { h in
        let (momentum, dampening, nesterov) = (try h.number("momentum"), try h.number("dampening"), h.flag("nesterov"))
        if nesterov && (momentum <= 0 || dampening != 0) {
          throw RegistryError.invalidCombination(
            optimizer: "sgd",
            message: "nesterov needs momentum > 0 and dampening 0, "
              + "got momentum \(momentum) and dampening \(dampening)")
        }
        return SGD(
          learningRate: try h.number("lr"), momentum: momentum, dampening: dampening,
          weightDecay: try h.number("weight_decay"), nesterov: nesterov)
      }),
    OptimizerDescriptor(
      name: "sgd-momentum", summary: "momentum, velocity form: v ← ρv + g, x ← x − αv (torch's)",
      hyperparameters: [FirstOrderParameters.learningRate(1e-3), FirstOrderParameters.momentum(0.9)],
      equivalentFormulations: [FirstOrderParameters.momentumStepForm],
      make: { h in MomentumVelocityForm(learningRate: try h.number("lr"), momentum: try h.number("momentum")) }),
    OptimizerDescriptor(
      name: "sgd-momentum-step", summary: "momentum, step form: v ← ρv − αg, x ← x + v",
      hyperparameters: [
        FirstOrderParameters.learningRate(1e-3), FirstOrderParameters.momentum(0.9),
        FirstOrderParameters.weightDecay(0),
      ],
      equivalentFormulations: [
        EquivalentFormulation(
          name: "sgd-momentum", relation: "the velocity form v ← ρv + g, x ← x − αv: the same points"
        ) { h in
          SGD(
            learningRate: try h.number("lr"), momentum: try h.number("momentum"),
            weightDecay: try h.number("weight_decay"))
        }
      ],
      make: { h in
        MomentumStepForm(
          learningRate: try h.number("lr"), momentum: try h.number("momentum"),
          weightDecay: try h.number("weight_decay"))
      }),
    OptimizerDescriptor(
      name: "sgd-nesterov", summary: "Nesterov momentum, torch's form: x̃ ← x̃ − α(g + ρb)",
      hyperparameters: [
        FirstOrderParameters.learningRate(1e-3), FirstOrderParameters.momentum(0.9),
        FirstOrderParameters.weightDecay(0),
      ],
      equivalentFormulations: [FirstOrderParameters.nesterovLookAheadForm],
      make: { h in
        NesterovMomentum(
          learningRate: try h.number("lr"), momentum: try h.number("momentum"),
          weightDecay: try h.number("weight_decay"))
      }),
    OptimizerDescriptor(
      name: "sgd-nesterov-lookahead", summary: "Nesterov momentum, look-ahead form: v ← ρv − α∇f(x + ρv), x ← x + v",
      hyperparameters: [
        FirstOrderParameters.learningRate(1e-3), FirstOrderParameters.momentum(0.9),
        FirstOrderParameters.weightDecay(0),
      ],
      equivalentFormulations: [
        EquivalentFormulation(
          name: "sgd-nesterov", relation: "torch's form, whose points are x̃ = x + ρv where this form's are x"
        ) { h in
          NesterovMomentum(
            learningRate: try h.number("lr"), momentum: try h.number("momentum"),
            weightDecay: try h.number("weight_decay"))
        }
      ],
      make: { h in
        NesterovLookAhead(
          learningRate: try h.number("lr"), momentum: try h.number("momentum"),
          weightDecay: try h.number("weight_decay"))
      }),
    OptimizerDescriptor(
      name: "adagrad", summary: "AdaGrad: x ← x − γₜ g / (√Σg² + ε)",
      hyperparameters: [
        FirstOrderParameters.learningRate(1e-2),
        FirstOrderParameters.nonNegative("lr_decay", 0, "η: the step length at step t is lr / (1 + (t − 1)η)"),
        FirstOrderParameters.weightDecay(0),
        FirstOrderParameters.nonNegative("initial_accumulator_value", 0, "where the sum of squared gradients starts"),
        FirstOrderParameters.epsilon(1e-10),
      ],
      make: { h in
        AdaGrad(
          learningRate: try h.number("lr"), learningRateDecay: try h.number("lr_decay"),
          weightDecay: try h.number("weight_decay"),
          initialAccumulatorValue: try h.number("initial_accumulator_value"), epsilon: try h.number("eps"))
      }),
    OptimizerDescriptor(
      name: "rmsprop", summary: "RMSProp: x ← x − γ g / (√v + ε), v a moving average of g²",
      hyperparameters: [
        FirstOrderParameters.learningRate(1e-2),
        FirstOrderParameters.nonNegative("alpha", 0.99, "α: the decay of the moving average of g²"),
        FirstOrderParameters.epsilon(1e-8),
        FirstOrderParameters.weightDecay(0),
        FirstOrderParameters.momentum(0),
        HyperparameterSpecification(
          name: "centered", kind: .flag(default: false), summary: "divide by √(v − ḡ²), the gradient's spread"),
      ],
      make: { h in
        RMSProp(
          learningRate: try h.number("lr"), alpha: try h.number("alpha"), epsilon: try h.number("eps"),
          weightDecay: try h.number("weight_decay"), momentum: try h.number("momentum"), centered: h.flag("centered"))
      }),
    OptimizerDescriptor(
      name: "adadelta", summary: "AdaDelta: Δ = √(u + ε)/√(v + ε) · g, x ← x − γΔ",
      hyperparameters: [
        FirstOrderParameters.learningRate(1.0),
        HyperparameterSpecification(
          name: "rho", kind: .number(default: 0.9, range: 0...1), summary: "ρ: the decay of both moving averages"),
        FirstOrderParameters.epsilon(1e-6),
        FirstOrderParameters.weightDecay(0),
      ],
      make: { h in
        AdaDelta(
          learningRate: try h.number("lr"), rho: try h.number("rho"), epsilon: try h.number("eps"),
          weightDecay: try h.number("weight_decay"))
      }),
    OptimizerDescriptor(
      name: "adam", summary: "Adam: x ← x − γ m̂ / (√v̂ + ε), bias-corrected moments",
      hyperparameters: FirstOrderParameters.adam(weightDecay: 0),
      make: { h in
        Adam(
          learningRate: try h.number("lr"), beta1: try h.number("beta1"), beta2: try h.number("beta2"),
          epsilon: try h.number("eps"), weightDecay: try h.number("weight_decay"), amsgrad: h.flag("amsgrad"),
          biasCorrection: h.flag("bias_correction", default: true))
      }),
    OptimizerDescriptor(
      name: "adamw", summary: "AdamW: x ← x − γλx, then Adam's step (decoupled weight decay)",
      hyperparameters: FirstOrderParameters.adam(weightDecay: 1e-2),
      make: { h in
        AdamW(
          learningRate: try h.number("lr"), beta1: try h.number("beta1"), beta2: try h.number("beta2"),
          epsilon: try h.number("eps"), weightDecay: try h.number("weight_decay"), amsgrad: h.flag("amsgrad"),
          biasCorrection: h.flag("bias_correction", default: true))
      }),
    OptimizerDescriptor(
      name: "nadam", summary: "NAdam: Adam with a Nesterov look-ahead on the first moment",
      hyperparameters: [
        FirstOrderParameters.learningRate(2e-3), FirstOrderParameters.beta1, FirstOrderParameters.beta2,
        FirstOrderParameters.epsilon(1e-8), FirstOrderParameters.weightDecay(0),
        FirstOrderParameters.nonNegative("momentum_decay", 4e-3, "ψ: μₜ = β₁(1 − ½·0.96^(tψ))"),
        HyperparameterSpecification(
          name: "decoupled_weight_decay", kind: .flag(default: false),
          summary: "shrink x by lr·weight_decay instead of adding weight_decay·x to g (NAdamW)"),
      ],
      make: { h in
        NAdam(
          learningRate: try h.number("lr"), beta1: try h.number("beta1"), beta2: try h.number("beta2"),
          epsilon: try h.number("eps"), weightDecay: try h.number("weight_decay"),
          momentumDecay: try h.number("momentum_decay"), decoupledWeightDecay: h.flag("decoupled_weight_decay"))
      }),
    OptimizerDescriptor(
      name: "rmsprop-nesterov",
      summary: "RMSProp with Nesterov momentum (Deep Learning, Alg. 8.7): v ← αv − γ∇f(x + αv)/√r, x ← x + v",
      hyperparameters: [
        FirstOrderParameters.learningRate(1e-3),
        HyperparameterSpecification(
          name: "rho", kind: .number(default: 0.9, range: 0...1), summary: "ρ: the decay of the moving average of g²"),
        FirstOrderParameters.nonNegative("momentum", 0.9, "α: how much of the velocity carries over"),
        FirstOrderParameters.epsilon(0),
      ],
      make: { h in
        RMSPropNesterov(
          learningRate: try h.number("lr"), rho: try h.number("rho"), momentum: try h.number("momentum"),
          epsilon: try h.number("eps"))
      }),
    OptimizerDescriptor(
      name: "adagrad-norm", summary: "AdaGrad-Norm: G ← G + ‖g‖², x ← x − γ g / (√G + ε), one rate for all coordinates",
      hyperparameters: [
        FirstOrderParameters.learningRate(1e-2),
        FirstOrderParameters.nonNegative("initial_accumulator_value", 0, "where the sum of squared norms starts"),
        FirstOrderParameters.epsilon(1e-10),
      ],
      make: { h in
        AdaGradNorm(
          learningRate: try h.number("lr"), initialAccumulatorValue: try h.number("initial_accumulator_value"),
          epsilon: try h.number("eps"))
      }),
  ]
}

/// The hyper-parameters several first-order methods share, written once,
/// with torch.optim's ranges.
enum FirstOrderParameters {
  static let unbounded = Double.greatestFiniteMagnitude

  static func learningRate(_ defaultValue: Double) -> HyperparameterSpecification {
    HyperparameterSpecification(
      name: "lr", kind: .number(default: defaultValue, range: 0...unbounded), summary: "the step length")
  }

  static func momentum(_ defaultValue: Double) -> HyperparameterSpecification {
    nonNegative("momentum", defaultValue, "ρ: how much of the velocity carries over (0 = none)")
  }

  static func weightDecay(_ defaultValue: Double) -> HyperparameterSpecification {
    nonNegative("weight_decay", defaultValue, "λ: the L2 penalty's gradient λx is added to g")
  }

  static func epsilon(_ defaultValue: Double) -> HyperparameterSpecification {
    nonNegative("eps", defaultValue, "ε: added to the denominator for numerical stability")
  }

  static func nonNegative(_ name: String, _ defaultValue: Double, _ summary: String) -> HyperparameterSpecification {
    HyperparameterSpecification(
      name: name, kind: .number(default: defaultValue, range: 0...unbounded), summary: summary)
  }

  static let beta1 = HyperparameterSpecification(
    name: "beta1", kind: .number(default: 0.9, range: 0...(1.0).nextDown),
    summary: "β₁: the decay of the first moment (torch's betas[0])")

  static let beta2 = HyperparameterSpecification(
    name: "beta2", kind: .number(default: 0.999, range: 0...(1.0).nextDown),
    summary: "β₂: the decay of the second moment (torch's betas[1])")

  static func adam(weightDecay: Double) -> [HyperparameterSpecification] {
    [
      learningRate(1e-3), beta1, beta2, epsilon(1e-8),
      weightDecay == 0
        ? self.weightDecay(0)
        : nonNegative("weight_decay", weightDecay, "λ: x shrinks by the factor 1 − lr·λ each step (decoupled)"),
      HyperparameterSpecification(
        name: "amsgrad", kind: .flag(default: false), summary: "divide by the largest second moment so far"),
      HyperparameterSpecification(
        name: "bias_correction", kind: .flag(default: true),
        summary: "divide the moments by 1 − βᵗ (false = the lecture's \"Adam (almost)\")"),
    ]
  }

  /// `sgd`'s or `sgd-momentum`'s points written in the step form v ← ρv − αg,
  /// x ← x + v: the same method, equal up to rounding. Absent without
  /// momentum, with Nesterov or with dampening.
  static let momentumStepForm = EquivalentFormulation(
    name: "sgd-momentum-step", relation: "the step form v ← ρv − αg, x ← x + v: the same points"
  ) { h in
    let momentum = try h.number("momentum")
    guard momentum > 0, !h.flag("nesterov"), h.number("dampening", default: 0) == 0 else { return nil }
    return MomentumStepForm(
      learningRate: try h.number("lr"), momentum: momentum, weightDecay: h.number("weight_decay", default: 0))
  }

  /// The look-ahead form of Nesterov momentum, whose points are x where
  /// torch's are x̃ = x + ρv. Absent unless `nesterov` is set (or implied by
  /// the optimizer's name).
  static let nesterovLookAheadForm = EquivalentFormulation(
    name: "sgd-nesterov-lookahead",
    relation: "the look-ahead form v ← ρv − α∇f(x + ρv), x ← x + v, whose points are x where torch's are x̃ = x + ρv"
  ) { h in
    let momentum = try h.number("momentum")
    guard momentum > 0, h.flags["nesterov"] ?? true else { return nil }
    return NesterovLookAhead(
      learningRate: try h.number("lr"), momentum: momentum, weightDecay: h.number("weight_decay", default: 0))
  }
}
