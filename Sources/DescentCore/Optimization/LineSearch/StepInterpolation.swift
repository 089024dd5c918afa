/// The trial step of the zoom phase: the minimizer of a cubic or quadratic
/// interpolant of φ over the bracket, kept away from the bracket's ends.
///
/// ```
/// cubic (Nocedal & Wright eq. 3.59), through (α₁, φ₁, φ′₁) and (α₂, φ₂, φ′₂):
///   d₁ = φ′₁ + φ′₂ − 3(φ₁ − φ₂)/(α₁ − α₂)
///   d₂ = sign(α₂ − α₁) √(d₁² − φ′₁φ′₂)
///   α  = α₂ − (α₂ − α₁)(φ′₂ + d₂ − d₁)/(φ′₂ − φ′₁ + 2d₂)
/// quadratic, through φ(α_lo), φ′(α_lo), φ(α_hi):
///   α  = α_lo − φ′_lo (α_hi − α_lo)² / (2(φ_hi − φ_lo − φ′_lo(α_hi − α_lo)))
/// accepted only inside [a + δ(b − a), b − δ(b − a)], δ = 0.1, a < b the bracket's ends;
/// otherwise the next rule is tried, and finally the midpoint (a + b)/2.
/// ```
enum StepInterpolation {
  /// The fraction of the bracket kept clear at each end.
  static let safeguard = 0.1

  static func safeguardedMinimizer(low: Trial, high: Trial) -> Double {
    let a = min(low.step, high.step)
    let b = max(low.step, high.step)
    let margin = safeguard * (b - a)
    let isSafe = { (step: Double) in step.isFinite && step >= a + margin && step <= b - margin }
    if low.isFinite, high.isFinite,
      let step = cubicMinimizer(low.step, low.value, low.slope, high.step, high.value, high.slope), isSafe(step)
    {
      return step
    }
    if low.isFinite, high.value.isFinite,
      let step = quadraticMinimizer(low.step, low.value, low.slope, high.step, high.value), isSafe(step)
    {
      return step
    }
    return a + 0.5 * (b - a)
  }

  /// The minimizer of the cubic matching values and slopes at α₁ and α₂, or
  /// nil when the cubic has no local minimizer.
  static func cubicMinimizer(
    _ step1: Double, _ value1: Double, _ slope1: Double, _ step2: Double, _ value2: Double, _ slope2: Double
  ) -> Double? {
    let d1 = slope1 + slope2 - 3 * (value1 - value2) / (step1 - step2)
    let radicand = d1 * d1 - slope1 * slope2
    guard radicand >= 0 else { return nil }
    let d2 = (step2 >= step1 ? 1.0 : -1.0) * radicand.squareRoot()
    let denominator = slope2 - slope1 + 2 * d2
    guard denominator != 0 else { return nil }
    let step = step2 - (step2 - step1) * (slope2 + d2 - d1) / denominator
    return step.isFinite ? step : nil
  }

  /// The minimizer of the quadratic through (α_lo, φ_lo) with slope φ′_lo and
  /// through (α_hi, φ_hi), or nil when that quadratic opens downward.
  static func quadraticMinimizer(
    _ lowStep: Double, _ lowValue: Double, _ lowSlope: Double, _ highStep: Double, _ highValue: Double
  ) -> Double? {
    let width = highStep - lowStep
    let curvature = (highValue - lowValue - lowSlope * width) / (width * width)
    guard curvature > 0 else { return nil }
    let step = lowStep - lowSlope / (2 * curvature)
    return step.isFinite ? step : nil
  }
}
