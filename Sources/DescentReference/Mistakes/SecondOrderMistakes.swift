import DescentCore

/// The classic mistakes of Newton's method, BFGS, L-BFGS and nonlinear CG.
///
/// Each is the reference with one thing changed, built from the item's
/// resolved hyper-parameters.
enum SecondOrderMistakes {
  /// x ← x + lr·H⁻¹∇f: toward a maximum where H is positive definite, and
  /// away from the saddle where the right step lands on it.
  static func newtonSignFlipped(for optimizer: String) -> KnownMistake {
    KnownMistake(
      id: "newton-sign-flipped", title: "the Newton step added instead of subtracted (x ← x + H⁻¹∇f)",
      fix: "Solve H d = ∇f(x) and step x ← x − d: the step goes against the gradient as H sees it.",
      optimizer: optimizer
    ) { h in
      switch try reference(optimizer, h) {
      case var newton as Newton:
        newton.learningRate.negate()
        return newton
      case var regularized as RegularizedNewton:
        regularized.learningRate.negate()
        return regularized
      default: return nil
      }
    }
  }

  /// (H − αI) d = ∇f: the damping subtracted from the diagonal.
  static let dampingSubtracted = KnownMistake(
    id: "regularized-newton-damping-subtracted", title: "the damping subtracted from the Hessian (H − αI)",
    fix: "Add α to every diagonal entry: solve (H + αI) d = ∇f(x).", optimizer: "regularized-newton"
  ) { h in
    guard var regularized = try reference("regularized-newton", h) as? RegularizedNewton,
      regularized.damping > 0
    else { return nil }
    regularized.damping.negate()
    return regularized
  }

  /// H⁺ = (I − ρ y sᵀ) H (I − ρ s yᵀ) + ρ y yᵀ: the inverse update with s and y exchanged.
  static let bfgsPairSwapped = KnownMistake(
    id: "bfgs-s-y-swapped", title: "the inverse-Hessian update with s and y swapped",
    fix: "Update H⁺ = (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with s = xₖ₊₁ − xₖ and y = ∇fₖ₊₁ − ∇fₖ.",
    optimizer: "bfgs"
  ) { h in try variant("bfgs", h) { (bfgs: inout BFGS) in bfgs.swapsCurvaturePair = true } }

  /// The two loops of the recursion each run in the other's order.
  static let lbfgsLoopsReversed = KnownMistake(
    id: "lbfgs-loops-reversed", title: "the two loops of the L-BFGS recursion in the wrong order",
    fix: "Run the first loop from the newest pair to the oldest and the second from the oldest to the newest.",
    optimizer: "lbfgs"
  ) { h in try variant("lbfgs", h) { (lbfgs: inout LBFGS) in lbfgs.reversesLoops = true } }

  /// r = q between the loops: no γ scaling of the initial Hessian.
  static let lbfgsNoInitialScaling = KnownMistake(
    id: "lbfgs-no-initial-scaling", title: "no scaling γ = sᵀy / yᵀy between the two loops",
    fix: "Between the loops, scale r = γq with γ = sᵀy / yᵀy of the newest pair.", optimizer: "lbfgs"
  ) { h in try variant("lbfgs", h) { (lbfgs: inout LBFGS) in lbfgs.scalesInitialHessian = false } }

  /// CG that never restarts every n iterations.
  static let cgNoRestart = KnownMistake(
    id: "cg-no-restart", title: "no restart with the steepest-descent direction every n iterations",
    fix: "Count iterations since the last restart and, every n of them, step along −∇f again.", optimizer: "cg"
  ) { h in try variant("cg", h) { (cg: inout ConjugateGradient) in cg.restartsEveryDimension = false } }

  /// CG with the other variant's β.
  static let cgOtherBeta = KnownMistake(
    id: "cg-other-beta", title: "the other formula for β (Fletcher–Reeves for Polak–Ribière, or the reverse)",
    fix: "Polak–Ribière+: β = max(0, ∇fₖ₊₁ᵀ(∇fₖ₊₁ − ∇fₖ) / ∇fₖᵀ∇fₖ); Fletcher–Reeves: β = ‖∇fₖ₊₁‖² / ‖∇fₖ‖².",
    optimizer: "cg"
  ) { h in
    guard let cg = try reference("cg", h) as? ConjugateGradient else { return nil }
    let other: ConjugateGradient.Variant = cg.variant == .polakRibierePlus ? .fletcherReeves : .polakRibierePlus
    return try? ConjugateGradient(
      learningRate: cg.learningRate, variant: other, lineSearch: cg.lineSearch,
      gradientTolerance: cg.gradientTolerance)
  }

  private static func reference(_ name: String, _ h: Hyperparameters) throws -> any Optimizer {
    try OptimizerRegistry.makeOptimizer(named: name, hyperparameters: h)
  }

  /// The reference `name` under `h`, changed by `flaw`; nil when it is not a `Method`.
  private static func variant<Method: Optimizer>(
    _ name: String, _ h: Hyperparameters, _ flaw: (inout Method) -> Void
  ) throws -> Method? {
    guard var method = try reference(name, h) as? Method else { return nil }
    flaw(&method)
    return method
  }
}
