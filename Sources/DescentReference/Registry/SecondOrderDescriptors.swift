import DescentCore

extension OptimizerRegistry {
  /// Newton, regularized Newton, BFGS, L-BFGS, conjugate gradient, random search.
  ///
  /// torch.optim has none of these except L-BFGS (whose `step()` runs many
  /// iterations), so their defaults are the textbook's: Nocedal & Wright's
  /// c₁ = 1e-4 and c₂ = 0.9 for the quasi-Newton methods, c₂ = 0.1 for CG,
  /// a history of 10 pairs for L-BFGS. `lr` is the step fraction for the
  /// Newton methods, the first trial step of the line search for BFGS,
  /// L-BFGS and CG, and the perturbation scale for random search.
  ///
  /// The CG variant is a flag because hyper-parameters are numbers and flags
  /// only: `polak_ribiere` true (the default) selects Polak–Ribière+, false
  /// selects Fletcher–Reeves.
  static let secondOrderDescriptors: [OptimizerDescriptor] = [
    OptimizerDescriptor(
      name: "newton", summary: "Newton's method, x ← x − lr·H⁻¹∇f (LU solve)",
      hyperparameters: [SecondOrderParameters.stepFraction],
      make: { h in Newton(learningRate: try h.number("lr")) }),
    OptimizerDescriptor(
      name: "regularized-newton", summary: "regularized Newton, x ← x − lr·(H + αI)⁻¹∇f",
      hyperparameters: [
        SecondOrderParameters.stepFraction,
        HyperparameterSpecification(
          name: "alpha", kind: .number(default: 1e-3, range: 0...Double.greatestFiniteMagnitude),
          summary: "α added to the Hessian's diagonal"),
      ],
      make: { h in RegularizedNewton(learningRate: try h.number("lr"), damping: try h.number("alpha")) }),
    OptimizerDescriptor(
      name: "bfgs", summary: "BFGS (H₀ = I), strong-Wolfe line search",
      hyperparameters: [SecondOrderParameters.initialStep] + SecondOrderParameters.lineSearch(curvature: 0.9)
        + [SecondOrderParameters.gradientTolerance],
      make: { h in
        BFGS(
          learningRate: try h.number("lr"), lineSearch: try SecondOrderParameters.lineSearch(h, optimizer: "bfgs"),
          gradientTolerance: try h.number("tolerance_grad"))
      }),
    OptimizerDescriptor(
      name: "lbfgs", summary: "L-BFGS, two-loop recursion, strong-Wolfe line search",
      hyperparameters: [
        SecondOrderParameters.initialStep,
        HyperparameterSpecification(
          name: "history_size", kind: .number(default: 10, range: 1...1000),
          summary: "m, the curvature pairs kept (a whole number)"),
      ] + SecondOrderParameters.lineSearch(curvature: 0.9) + [SecondOrderParameters.gradientTolerance],
      make: { h in
        LBFGS(
          learningRate: try h.number("lr"),
          historySize: try SecondOrderParameters.wholeNumber("history_size", in: h, optimizer: "lbfgs"),
          lineSearch: try SecondOrderParameters.lineSearch(h, optimizer: "lbfgs"),
          gradientTolerance: try h.number("tolerance_grad"))
      }),
    OptimizerDescriptor(
      name: "cg", summary: "nonlinear CG, Polak–Ribière+ or Fletcher–Reeves",
      hyperparameters: [
        SecondOrderParameters.initialStep,
        HyperparameterSpecification(
          name: "polak_ribiere", kind: .flag(default: true),
          summary: "Polak–Ribière+ (true) or Fletcher–Reeves (false, needs c2 < 0.5)"),
      ] + SecondOrderParameters.lineSearch(curvature: 0.1) + [SecondOrderParameters.gradientTolerance],
      make: { h in
        do {
          return try ConjugateGradient(
            learningRate: try h.number("lr"),
            variant: h.flag("polak_ribiere", default: true) ? .polakRibierePlus : .fletcherReeves,
            lineSearch: try SecondOrderParameters.lineSearch(h, optimizer: "cg"),
            gradientTolerance: try h.number("tolerance_grad"))
        } catch let error as SecondOrderConfigurationError {
          throw RegistryError.invalidCombination(optimizer: error.optimizer, message: error.message)
        }
      }),
    OptimizerDescriptor(
      name: "random-search", summary: "random search, keep x + lr·z (z ~ N(0, I)) if better",
      hyperparameters: [
        HyperparameterSpecification(
          name: "lr", kind: .number(default: 0.1, range: 0...Double.greatestFiniteMagnitude),
          summary: "the perturbation scale"),
        HyperparameterSpecification(
          name: "seed", kind: .number(default: 0, range: 0...9_007_199_254_740_992),
          summary: "seeds the generator of perturbations (a whole number)"),
      ],
      make: { h in
        RandomSearch(
          scale: try h.number("lr"),
          seed: UInt64(try SecondOrderParameters.wholeNumber("seed", in: h, optimizer: "random-search")))
      }),
  ]
}

/// The hyper-parameters several second-order methods share, written once.
enum SecondOrderParameters {
  static let stepFraction = HyperparameterSpecification(
    name: "lr", kind: .number(default: 1, range: 0...Double.greatestFiniteMagnitude),
    summary: "the fraction of the Newton step taken")

  static let initialStep = HyperparameterSpecification(
    name: "lr", kind: .number(default: 1, range: Double.leastNormalMagnitude...Double.greatestFiniteMagnitude),
    summary: "the first step length the line search tries")

  static let gradientTolerance = HyperparameterSpecification(
    name: "tolerance_grad", kind: .number(default: 1e-10, range: 0...Double.greatestFiniteMagnitude),
    summary: "stop moving where ‖∇f‖∞ ≤ this")

  static func lineSearch(curvature: Double) -> [HyperparameterSpecification] {
    let openUnit = Double.leastNormalMagnitude...(1.0).nextDown
    return [
      HyperparameterSpecification(
        name: "c1", kind: .number(default: 1e-4, range: openUnit), summary: "sufficient-decrease constant, 0 < c1 < c2"),
      HyperparameterSpecification(
        name: "c2", kind: .number(default: curvature, range: openUnit), summary: "curvature constant, c1 < c2 < 1"),
      HyperparameterSpecification(
        name: "max_line_search", kind: .number(default: 25, range: 1...1000),
        summary: "the most evaluations per line search (a whole number)"),
    ]
  }

  /// The strong Wolfe search described by `c1`, `c2` and `max_line_search`.
  static func lineSearch(_ h: Hyperparameters, optimizer: String) throws -> StrongWolfeLineSearch {
    let budget = try wholeNumber("max_line_search", in: h, optimizer: optimizer)
    do {
      return try StrongWolfeLineSearch(
        sufficientDecrease: try h.number("c1"), curvature: try h.number("c2"), maximumEvaluations: budget)
    } catch let error as LineSearchError {
      throw RegistryError.invalidCombination(optimizer: optimizer, message: "\(error)")
    }
  }

  /// The hyper-parameter `name`, which must be a whole number.
  static func wholeNumber(_ name: String, in h: Hyperparameters, optimizer: String) throws -> Int {
    let value = try h.number(name)
    guard value.rounded() == value, abs(value) <= 9_007_199_254_740_992 else {
      throw RegistryError.invalidCombination(
        optimizer: optimizer, message: "\(name) must be a whole number, got \(value)")
    }
    return Int(value)
  }
}
