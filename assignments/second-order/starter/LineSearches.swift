import DescentContract

/// Backtracking to the Armijo condition: α ← α₀; while
/// f(x + αp) > f(x) + c₁α∇f(x)ᵀp, α ← ρα.
///
/// `settings.initialStep` is α₀, `settings.sufficientDecrease` c₁,
/// `settings.contraction` ρ; give up (throw) after
/// `settings.maximumEvaluations` tries.
func backtracking(
  _ f: ([Double]) -> Double, _ gradient: ([Double]) -> [Double], from x: [Double], along p: [Double],
  settings: LineSearchSettings
) throws -> Double {
  // TODO: return the first of α₀, ρα₀, ρ²α₀, … with sufficient decrease.
  throw NotImplemented()
}

/// A step α meeting the strong Wolfe conditions
///
///     f(x + αp) ≤ f(x) + c₁α∇f(x)ᵀp
///     |∇f(x + αp)ᵀp| ≤ c₂|∇f(x)ᵀp|
///
/// with c₁ = `settings.sufficientDecrease`, c₂ = `settings.curvature`,
/// trying `settings.initialStep` first and evaluating f and ∇f at most
/// `settings.maximumEvaluations` times.
func strongWolfe(
  _ f: ([Double]) -> Double, _ gradient: ([Double]) -> [Double], from x: [Double], along p: [Double],
  settings: LineSearchSettings
) throws -> Double {
  // TODO: bracket (grow α until the minimum along the line is bracketed), then zoom.
  throw NotImplemented()
}
