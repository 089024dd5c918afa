/// Finds a step length α along a descent direction p that satisfies the
/// strong Wolfe conditions, by Nocedal & Wright's Algorithm 3.5 (bracketing)
/// and Algorithm 3.6 (zoom):
///
/// ```
/// φ(α) = f(x + αp)
/// f(x + αp) ≤ f(x) + c₁ α ∇f(x)ᵀp          (sufficient decrease)
/// |∇f(x + αp)ᵀp| ≤ c₂ |∇f(x)ᵀp|             (curvature)
///
/// bracketing: α₀ = 0, α₁ = initial step; for i = 1, 2, …
///   if φ(αᵢ) > φ(0) + c₁αᵢφ′(0) or (i > 1 and φ(αᵢ) ≥ φ(αᵢ₋₁)): return zoom(αᵢ₋₁, αᵢ)
///   if |φ′(αᵢ)| ≤ −c₂φ′(0): return αᵢ
///   if φ′(αᵢ) ≥ 0: return zoom(αᵢ, αᵢ₋₁)
///   αᵢ₊₁ = 2αᵢ
/// zoom(α_lo, α_hi): α_j = interpolated minimizer of φ between α_lo and α_hi
///   if φ(α_j) > φ(0) + c₁α_jφ′(0) or φ(α_j) ≥ φ(α_lo): α_hi = α_j
///   else if |φ′(α_j)| ≤ −c₂φ′(0): return α_j
///   else: if φ′(α_j)(α_hi − α_lo) ≥ 0 { α_hi = α_lo }; α_lo = α_j
/// ```
///
/// Every trial point costs one evaluation of f and ∇f together (as a torch
/// closure does), so both ends of a bracket carry φ and φ′. The zoom step
/// α_j is the minimizer of the cubic through both ends (Nocedal & Wright eq.
/// 3.59); when that cubic has no minimizer in the safeguarded interval (the
/// bracket without its outer tenths) the minimizer of the quadratic through
/// φ(α_lo), φ′(α_lo) and φ(α_hi); when that fails too, the midpoint.
///
/// A value or slope that is NaN or infinite counts as a failed sufficient
/// decrease, so the search backs off from overflow instead of accepting it.
/// The search never returns a step that violates either condition: it throws
/// ``LineSearchError`` instead.
package struct StrongWolfeLineSearch: Sendable, Hashable {
  /// c₁, the sufficient-decrease constant, in (0, c₂).
  package let sufficientDecrease: Double
  /// c₂, the curvature constant, in (c₁, 1).
  package let curvature: Double
  /// The most trial points evaluated before the search gives up.
  package let maximumEvaluations: Int

  /// Creates a search with constants c₁ and c₂ and a budget of evaluations.
  ///
  /// - Throws: ``LineSearchError/invalidConstants(sufficientDecrease:curvature:)``
  ///   unless 0 < c₁ < c₂ < 1, and
  ///   ``LineSearchError/invalidEvaluationBudget(_:)`` unless the budget is at least 1.
  package init(
    sufficientDecrease: Double = 1e-4, curvature: Double = 0.9, maximumEvaluations: Int = 25
  ) throws(LineSearchError) {
    guard sufficientDecrease > 0, sufficientDecrease < curvature, curvature < 1 else {
      throw .invalidConstants(sufficientDecrease: sufficientDecrease, curvature: curvature)
    }
    guard maximumEvaluations >= 1 else { throw .invalidEvaluationBudget(maximumEvaluations) }
    self.sufficientDecrease = sufficientDecrease
    self.curvature = curvature
    self.maximumEvaluations = maximumEvaluations
  }

  /// Searches along `direction` from `start`, where f and ∇f are `value` and
  /// `gradient`, trying `initialStep` first.
  ///
  /// - Returns: the accepted step with the point, value and gradient there.
  /// - Throws: ``LineSearchError`` when `direction` is not a descent
  ///   direction, `initialStep` is not positive and finite, or no step
  ///   satisfying both conditions is found within the evaluation budget.
  package func search(
    on objective: some Objective, from start: [Double], value: Double, gradient: [Double],
    direction: [Double], initialStep: Double
  ) throws(LineSearchError) -> LineSearchResult {
    guard gradient.count == start.count, direction.count == start.count else {
      throw .dimensionMismatch(point: start.count, gradient: gradient.count, direction: direction.count)
    }
    let initialSlope = SecondOrderMath.dot(gradient, direction)
    guard initialSlope < 0, value.isFinite else { throw .notDescentDirection(slope: initialSlope) }
    guard initialStep > 0, initialStep.isFinite else { throw .invalidInitialStep(initialStep) }

    var run = Run(
      objective: objective, start: start, direction: direction, value: value, slope: initialSlope,
      search: self)
    let zero = Trial(step: 0, value: value, slope: initialSlope, point: start, gradient: gradient)
    let accepted = try run.bracket(from: zero, initialStep: initialStep)
    return LineSearchResult(
      start: start, direction: direction, initialValue: value, initialSlope: initialSlope,
      step: accepted.step, point: accepted.point, value: accepted.value, gradient: accepted.gradient,
      slope: accepted.slope, evaluations: run.evaluations,
      sufficientDecrease: sufficientDecrease, curvature: curvature)
  }

  /// The step a line-search method takes from `start`: the result of
  /// ``search(on:from:value:gradient:direction:initialStep:)``, or nil where
  /// the search finds no value below f(x) − 4ε|f(x)| (f is at its rounding
  /// floor, ``LineSearchError/isRoundingStall``) and the method leaves the
  /// point unchanged, as converged. BFGS, L-BFGS and nonlinear CG share it.
  ///
  /// - Throws: every other ``LineSearchError``.
  package func stepUnlessStalled(
    on objective: some Objective, from start: [Double], value: Double, gradient: [Double],
    direction: [Double], initialStep: Double
  ) throws(LineSearchError) -> LineSearchResult? {
    do {
      return try search(
        on: objective, from: start, value: value, gradient: gradient, direction: direction,
        initialStep: initialStep)
    } catch {
      if error.isRoundingStall { return nil }
      throw error
    }
  }
}

/// One point on the search line: φ(α), φ′(α), and where it is.
struct Trial {
  var step: Double
  var value: Double
  var slope: Double
  var point: [Double]
  var gradient: [Double]

  var isFinite: Bool { value.isFinite && slope.isFinite }
}

/// The mutable state of one search: the objective, the line, the count.
private struct Run<Function: Objective> {
  let objective: Function
  let start: [Double]
  let direction: [Double]
  let value: Double
  let slope: Double
  let search: StrongWolfeLineSearch
  var evaluations = 0
  var lowestValue: Double

  init(
    objective: Function, start: [Double], direction: [Double], value: Double, slope: Double,
    search: StrongWolfeLineSearch
  ) {
    self.objective = objective
    self.start = start
    self.direction = direction
    self.value = value
    self.slope = slope
    self.search = search
    self.lowestValue = value
  }

  var progress: LineSearchProgress { LineSearchProgress(initialValue: value, lowestValue: lowestValue) }

  mutating func evaluate(_ step: Double) throws(LineSearchError) -> Trial {
    guard evaluations < search.maximumEvaluations else {
      throw .evaluationBudgetExhausted(evaluations: evaluations, slope: slope, progress: progress)
    }
    evaluations += 1
    var point = start
    for i in point.indices { point[i] += step * direction[i] }
    let trialValue = objective.value(at: point)
    if trialValue < lowestValue { lowestValue = trialValue }
    let trialGradient = objective.gradient(at: point)
    return Trial(
      step: step, value: trialValue, slope: SecondOrderMath.dot(trialGradient, direction), point: point,
      gradient: trialGradient)
  }

  /// Whether `trial` fails sufficient decrease (NaN and infinity fail it).
  func failsSufficientDecrease(_ trial: Trial) -> Bool {
    guard trial.isFinite else { return true }
    return !(trial.value <= value + search.sufficientDecrease * trial.step * slope)
  }

  func meetsCurvature(_ trial: Trial) -> Bool {
    abs(trial.slope) <= -search.curvature * slope
  }

  /// Algorithm 3.5: grow the step until the minimizer is bracketed.
  mutating func bracket(from zero: Trial, initialStep: Double) throws(LineSearchError) -> Trial {
    var previous = zero
    var step = initialStep
    var isFirst = true
    while true {
      let trial = try evaluate(step)
      if failsSufficientDecrease(trial) || (!isFirst && trial.value >= previous.value) {
        return try zoom(low: previous, high: trial)
      }
      if meetsCurvature(trial) { return trial }
      if trial.slope >= 0 { return try zoom(low: trial, high: previous) }
      previous = trial
      isFirst = false
      step *= 2
      guard step.isFinite else { throw .unboundedBelow(evaluations: evaluations) }
    }
  }

  /// Algorithm 3.6: shrink the bracket [low, high] (in either order) until a
  /// trial meets both conditions. `low` always satisfies sufficient decrease
  /// and has the lowest value seen.
  mutating func zoom(low: Trial, high: Trial) throws(LineSearchError) -> Trial {
    var low = low
    var high = high
    while true {
      let width = abs(high.step - low.step)
      guard width > Double.ulpOfOne * max(abs(low.step), abs(high.step)) else {
        throw .intervalCollapsed(step: low.step, evaluations: evaluations, progress: progress)
      }
      let trial = try evaluate(StepInterpolation.safeguardedMinimizer(low: low, high: high))
      if failsSufficientDecrease(trial) || trial.value >= low.value {
        high = trial
      } else {
        if meetsCurvature(trial) { return trial }
        if trial.slope * (high.step - low.step) >= 0 { high = low }
        low = trial
      }
    }
  }
}
