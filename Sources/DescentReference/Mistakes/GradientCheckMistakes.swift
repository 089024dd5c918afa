import DescentCore

/// The classic wrong gradient checks.
///
/// | id                           | what the student wrote                                         |
/// |------------------------------|----------------------------------------------------------------|
/// | check-forward-difference     | the numeric side by forward differences: 1e-6, not 1e-10, for a correct gradient |
/// | check-absolute-error         | maxᵢ \|aᵢ − nᵢ\|, not divided by the gradients' size           |
/// | check-missing-two            | the numeric side divided by h instead of 2h                    |
public enum GradientCheckMistakes {
  /// A gradient check: f, ∇f, x, h → the relative error.
  public typealias Routine =
    @Sendable (_ f: ([Double]) -> Double, _ gradient: ([Double]) -> [Double], _ x: [Double], _ h: Double) -> Double

  /// The reference's check: ``RelativeError/of(analytic:numeric:)`` of the
  /// gradient against ``NumericGradient/centered(of:at:step:)``.
  public static let reference: Routine = { f, gradient, x, h in
    RelativeError.of(analytic: gradient(x), numeric: NumericGradient.centered(of: f, at: x, step: h))
  }

  /// Every known mistake.
  public static let all: [RoutineMistake<Routine>] = [
    RoutineMistake(
      id: "check-forward-difference", title: "the gradient check's numeric gradient by forward differences",
      fix: "Check against centered differences: their O(h²) error leaves ≈ 1e-10 for a correct gradient.",
      routine: { f, gradient, x, h in
        RelativeError.of(analytic: gradient(x), numeric: DifferenceFormula.forward.gradient(of: f, at: x, step: h))
      }),
    RoutineMistake(
      id: "check-absolute-error", title: "an absolute error where the relative error was asked",
      fix:
        "Divide |a − n| by the gradients' size, max(|a| + |n|), so that the thresholds mean the same at every scale.",
      routine: { f, gradient, x, h in
        let numeric = NumericGradient.centered(of: f, at: x, step: h)
        return zip(gradient(x), numeric).map { abs($0 - $1) }.max() ?? 0
      }),
    RoutineMistake(
      id: "check-missing-two", title: "the gradient check's centered difference divided by h instead of 2h",
      fix: "The two evaluations are 2h apart: divide f(x + h·eᵢ) − f(x − h·eᵢ) by 2h.",
      routine: { f, gradient, x, h in
        RelativeError.of(analytic: gradient(x), numeric: NumericGradient.centered(of: f, at: x, step: h).map { $0 * 2 })
      }),
  ]
}
