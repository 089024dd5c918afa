import DescentContract

/// No step met the conditions within the evaluation budget.
struct LineSearchFailed: Error, CustomStringConvertible {
  var evaluations: Int

  var description: String { "no acceptable step within \(evaluations) evaluations" }
}

/// x + αp.
private func moved(_ x: [Double], _ alpha: Double, _ p: [Double]) -> [Double] {
  var point = x
  for i in point.indices { point[i] += alpha * p[i] }
  return point
}

/// Backtracking to the Armijo condition: α ← α₀; while
/// f(x + αp) > f(x) + c₁α∇f(x)ᵀp, α ← ρα.
func backtracking(
  _ f: ([Double]) -> Double, _ gradient: ([Double]) -> [Double], from x: [Double], along p: [Double],
  settings: LineSearchSettings
) throws -> Double {
  let value = f(x)
  let slope = dot(gradient(x), p)
  var alpha = settings.initialStep
  for _ in 0..<settings.maximumEvaluations {
    if f(moved(x, alpha, p)) <= value + settings.sufficientDecrease * alpha * slope { return alpha }
    alpha *= settings.contraction
  }
  throw LineSearchFailed(evaluations: settings.maximumEvaluations)
}

/// A step meeting the strong Wolfe conditions: the step doubles until the
/// minimum along the line is bracketed, then the bracket is halved
/// (Nocedal & Wright Algorithms 3.5 and 3.6, with bisection for the zoom).
func strongWolfe(
  _ f: ([Double]) -> Double, _ gradient: ([Double]) -> [Double], from x: [Double], along p: [Double],
  settings: LineSearchSettings
) throws -> Double {
  let c1 = settings.sufficientDecrease
  let c2 = settings.curvature
  _ = try StrongWolfeLineSearch(sufficientDecrease: c1, curvature: c2, maximumEvaluations: 10)
  let value = f(x)
  let slope = dot(gradient(x), p)
  var evaluations = 0
  func phi(_ alpha: Double) -> (value: Double, slope: Double) {
    evaluations += 1
    let point = moved(x, alpha, p)
    return (f(point), dot(gradient(point), p))
  }
  func zoom(_ low: Double, _ lowValue: Double, _ high: Double) throws -> Double {
    var (low, lowValue, high) = (low, lowValue, high)
    while evaluations < settings.maximumEvaluations {
      let alpha = (low + high) / 2
      let trial = phi(alpha)
      if trial.value > value + c1 * alpha * slope || trial.value >= lowValue {
        high = alpha
      } else {
        if abs(trial.slope) <= -c2 * slope { return alpha }
        if trial.slope * (high - low) >= 0 { high = low }
        (low, lowValue) = (alpha, trial.value)
      }
    }
    throw LineSearchFailed(evaluations: evaluations)
  }
  var previous = 0.0
  var previousValue = value
  var alpha = settings.initialStep
  while evaluations < settings.maximumEvaluations {
    let trial = phi(alpha)
    if trial.value > value + c1 * alpha * slope || (previous > 0 && trial.value >= previousValue) {
      return try zoom(previous, previousValue, alpha)
    }
    if abs(trial.slope) <= -c2 * slope { return alpha }
    if trial.slope >= 0 { return try zoom(alpha, trial.value, previous) }
    (previous, previousValue) = (alpha, trial.value)
    alpha *= 2
  }
  throw LineSearchFailed(evaluations: evaluations)
}
