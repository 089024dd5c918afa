import DescentCore

/// Nonlinear conjugate gradient, Fletcher–Reeves or Polak–Ribière+, with a
/// strong-Wolfe line search and restarts.
///
/// ```
/// p₀ = −∇f(x₀)
/// xₖ₊₁ = xₖ + αₖ pₖ                                  (αₖ: strong Wolfe)
/// β_FR  = ∇fₖ₊₁ᵀ∇fₖ₊₁ / ∇fₖᵀ∇fₖ                       (Fletcher–Reeves)
/// β_PR+ = max(0, ∇fₖ₊₁ᵀ(∇fₖ₊₁ − ∇fₖ) / ∇fₖᵀ∇fₖ)        (Polak–Ribière+)
/// pₖ₊₁ = −∇fₖ₊₁ + βₖ₊₁ pₖ
/// restart (pₖ₊₁ = −∇fₖ₊₁) every n iterations, and whenever ∇fₖ₊₁ᵀpₖ₊₁ ≥ 0
/// first trial step: lr·min(1, 1/‖∇f‖₁) after a restart,
///                   αₖ ∇fₖᵀpₖ / ∇fₖ₊₁ᵀpₖ₊₁ otherwise     (Nocedal & Wright eq. 3.60)
/// ```
///
/// Fletcher–Reeves produces descent directions only when the line search
/// meets the strong Wolfe conditions with c₂ < ½ (Nocedal & Wright Lemma
/// 5.6), so the registry's default is c₂ = 0.1 for both variants (the value
/// Nocedal & Wright recommend for CG) and `cg` refuses c₂ ≥ ½ with
/// Fletcher–Reeves. Polak–Ribière+ resets itself where β would be negative.
/// On a quadratic with exact line searches both variants are linear CG and
/// converge in at most n steps. torch.optim has no nonlinear CG; this
/// follows Nocedal & Wright Algorithm 5.4 and §5.2. The point is left
/// unchanged, as converged, where ‖∇f‖∞ ≤ `tolerance_grad` or where the line
/// search finds no value below f(x) − 4ε|f(x)| (see
/// ``LineSearchError/isRoundingStall``).
public struct ConjugateGradient: Optimizer, Sendable {
  /// How β is computed.
  public enum Variant: String, Sendable, Hashable, CaseIterable {
    /// β = ‖∇fₖ₊₁‖² / ‖∇fₖ‖².
    case fletcherReeves = "fletcher-reeves"
    /// β = max(0, ∇fₖ₊₁ᵀ(∇fₖ₊₁ − ∇fₖ) / ‖∇fₖ‖²).
    case polakRibierePlus = "polak-ribiere"
  }

  /// lr, the first step length tried after a restart.
  public var learningRate: Double
  /// Fletcher–Reeves or Polak–Ribière+.
  public var variant: Variant
  /// The strong Wolfe line search (c₁, c₂, evaluation budget).
  package var lineSearch: StrongWolfeLineSearch
  /// tolerance_grad: at a point where ‖∇f‖∞ is at most this, the step
  /// leaves the parameters unchanged (the method has converged).
  public var gradientTolerance: Double
  /// The record of the most recent accepted line-search step.
  public private(set) var lastLineSearch: LineSearchResult?
  /// How many times the method fell back to steepest descent.
  public private(set) var restarts = 0
  private var previous: (gradient: [Double], direction: [Double], step: Double, slope: Double)?
  private var iterationsSinceRestart = 0
  /// Whether the method restarts every n iterations; the mistake catalog turns it off.
  var restartsEveryDimension = true

  /// Creates nonlinear CG.
  ///
  /// - Throws: ``SecondOrderConfigurationError`` for Fletcher–Reeves with c₂ ≥ ½.
  package init(
    learningRate: Double = 1, variant: Variant = .polakRibierePlus, lineSearch: StrongWolfeLineSearch,
    gradientTolerance: Double = 1e-10
  ) throws(SecondOrderConfigurationError) {
    if variant == .fletcherReeves, lineSearch.curvature >= 0.5 {
      throw SecondOrderConfigurationError(
        optimizer: "cg",
        message: "Fletcher–Reeves needs c2 < 0.5 for descent directions, got c2 = \(lineSearch.curvature)")
    }
    self.learningRate = learningRate
    self.variant = variant
    self.lineSearch = lineSearch
    self.gradientTolerance = gradientTolerance
  }

  /// Takes one CG iteration.
  ///
  /// - Throws: ``LineSearchError`` when no step meets the strong Wolfe conditions.
  public mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    let (value, gradient) = SecondOrderMath.valueAndGradient(at: parameters, on: objective, after: lastLineSearch)
    lastLineSearch = nil
    guard !SecondOrderMath.isConverged(gradient, tolerance: gradientTolerance) else { return }
    var direction = gradient.map { -$0 }
    var initialStep = SecondOrderMath.firstStep(learningRate: learningRate, gradient: gradient)
    if let previous, previous.gradient.count == gradient.count,
      !restartsEveryDimension || iterationsSinceRestart < parameters.count
    {
      let beta = self.beta(gradient, previous.gradient)
      var conjugate = direction
      for i in conjugate.indices { conjugate[i] += beta * previous.direction[i] }
      let slope = SecondOrderMath.dot(gradient, conjugate)
      if slope < 0 {
        direction = conjugate
        let scaled = previous.step * previous.slope / slope
        if scaled.isFinite, scaled > 0 { initialStep = scaled }
      } else {
        restarts += 1
        iterationsSinceRestart = 0
      }
    } else if previous != nil {
      restarts += 1
      iterationsSinceRestart = 0
    }
    guard
      let result = try lineSearch.stepUnlessStalled(
        on: objective, from: parameters, value: value, gradient: gradient, direction: direction,
        initialStep: initialStep)
    else { return }
    previous = (gradient, direction, result.step, result.initialSlope)
    iterationsSinceRestart += 1
    lastLineSearch = result
    parameters = result.point
  }

  private func beta(_ gradient: [Double], _ previousGradient: [Double]) -> Double {
    let denominator = SecondOrderMath.dot(previousGradient, previousGradient)
    switch variant {
    case .fletcherReeves:
      return SecondOrderMath.dot(gradient, gradient) / denominator
    case .polakRibierePlus:
      let change = SecondOrderMath.difference(gradient, previousGradient)
      return max(0, SecondOrderMath.dot(gradient, change) / denominator)
    }
  }
}
