/// Central-difference derivatives, the numeric side of every gradient check:
///
/// ```
/// ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h          (error O(h²))
/// ∇f(x)·u ≈ (f(x + h·u) − f(x − h·u)) / 2h
/// ∇²f(x)·u ≈ (∇f(x + h·u) − ∇f(x − h·u)) / 2h
/// ```
///
/// The default step h = 1e-5 balances the O(h²) truncation error against
/// the rounding error ε·|f|/h of the subtraction.
public enum NumericGradient {
  /// The default step h.
  public static let defaultStep = 1e-5

  /// The central-difference gradient of `f` at `x`: 2n evaluations.
  public static func centered(
    of f: ([Double]) -> Double, at x: [Double], step h: Double = defaultStep
  ) -> [Double] {
    centered(of: f, at: x, coordinates: Array(x.indices), step: h)
  }

  /// The central-difference partial derivatives of `f` at `x` along the
  /// listed coordinates only (in that order): 2 evaluations each.
  public static func centered(
    of f: ([Double]) -> Double, at x: [Double], coordinates: [Int], step h: Double = defaultStep
  ) -> [Double] {
    var point = x
    return coordinates.map { i in
      let original = point[i]
      point[i] = original + h
      let forward = f(point)
      point[i] = original - h
      let backward = f(point)
      point[i] = original
      return (forward - backward) / (2 * h)
    }
  }

  /// The same central differences from f along coordinate lines,
  /// `line(i, t)` = f(x + t·eᵢ) (see ``CoordinateLineEvaluable``): for each
  /// listed i, (line(i, h) − line(i, −h)) / 2h.
  public static func centered(
    alongLines line: (_ coordinate: Int, _ displacement: Double) -> Double, coordinates: [Int],
    step h: Double = defaultStep
  ) -> [Double] {
    coordinates.map { i in (line(i, h) - line(i, -h)) / (2 * h) }
  }

  /// The central-difference derivative of `f` at `x` along `u`: 2 evaluations.
  public static func directional(
    of f: ([Double]) -> Double, at x: [Double], along u: [Double], step h: Double = defaultStep
  ) -> Double {
    let (forward, backward) = displaced(x, along: u, by: h)
    return (f(forward) - f(backward)) / (2 * h)
  }

  /// The central difference of the gradient `g` at `x` along `u`, which
  /// approximates the Hessian-vector product ∇²f(x)·u: 2 gradient evaluations.
  public static func hessianVectorProduct(
    of g: ([Double]) -> [Double], at x: [Double], along u: [Double], step h: Double = defaultStep
  ) -> [Double] {
    let (forward, backward) = displaced(x, along: u, by: h)
    let (gForward, gBackward) = (g(forward), g(backward))
    guard gForward.count == gBackward.count else { return [] }
    return zip(gForward, gBackward).map { ($0 - $1) / (2 * h) }
  }

  /// x + h·u and x − h·u.
  static func displaced(_ x: [Double], along u: [Double], by h: Double) -> (forward: [Double], backward: [Double]) {
    var forward = x
    var backward = x
    for i in x.indices where i < u.count {
      forward[i] += h * u[i]
      backward[i] -= h * u[i]
    }
    return (forward, backward)
  }
}
