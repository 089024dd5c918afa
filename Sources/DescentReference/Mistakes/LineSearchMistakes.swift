import DescentCore

/// The classic wrong line searches.
///
/// A backtracking search is deterministic, so each mistake is a runnable
/// wrong search whose steps a student's can match:
///
/// | id                        | what the student wrote                                      |
/// |---------------------------|-------------------------------------------------------------|
/// | armijo-sign-flipped       | f(x + αp) ≤ f(x) − c₁α∇fᵀp: the bound lets f rise           |
/// | armijo-simple-decrease    | f(x + αp) < f(x): no sufficient-decrease term               |
/// | armijo-slope-at-trial     | the bound with ∇f(x + αp)ᵀp instead of ∇f(x)ᵀp             |
/// | backtracking-no-test      | α₀ returned without testing it                              |
/// | backtracking-shrinks-first| ρα₀ tried first (the step shrunk before the first test)     |
///
/// A strong-Wolfe search is judged by its conditions, and its mistakes are
/// recognized by the worst condition its wrong steps miss (``ConditionMistake``):
///
/// | id                   | steps that                                                    |
/// |----------------------|---------------------------------------------------------------|
/// | wolfe-weak-curvature | go past the minimum along the line: ∇f(x + αp)ᵀp > c₂|∇fᵀp|   |
/// | wolfe-armijo-only    | stop where f still falls steeply: ∇f(x + αp)ᵀp < −c₂|∇fᵀp|    |
public enum LineSearchMistakes {
  /// A backtracking search: f, ∇f, x, p, the search's constants and α₀ → α (nil: none found).
  public typealias Backtracking =
    @Sendable (
      _ f: ([Double]) -> Double, _ gradient: ([Double]) -> [Double], _ x: [Double], _ p: [Double],
      _ search: BacktrackingLineSearch, _ initialStep: Double
    ) -> Double?

  /// The wrong backtracking searches.
  public static let backtracking: [RoutineMistake<Backtracking>] = [
    armijoSignFlipped, simpleDecrease, slopeAtTrial, noTest, shrinksFirst,
  ]

  /// The strong-Wolfe mistakes, by the condition their steps miss.
  public static let strongWolfe: [ConditionMistake] = [weakCurvature, armijoOnly]

  static let armijoSignFlipped = RoutineMistake<Backtracking>(
    id: "armijo-sign-flipped", title: "the Armijo bound with its sign flipped, so that f may rise",
    fix: "Accept α when f(x + αp) ≤ f(x) + c₁α∇f(x)ᵀp; ∇f(x)ᵀp < 0, so the bound lies below f(x).",
    routine: { f, gradient, x, p, search, initialStep in
      backtrack(f, x, p, search, from: initialStep) { trial, value, step in
        trial <= value - search.sufficientDecrease * step * slope(gradient(x), p)
      }
    })

  static let simpleDecrease = RoutineMistake<Backtracking>(
    id: "armijo-simple-decrease", title: "simple decrease f(x + αp) < f(x) instead of sufficient decrease",
    fix: "Ask for sufficient decrease: f(x + αp) ≤ f(x) + c₁α∇f(x)ᵀp, not only f(x + αp) < f(x).",
    routine: { f, _, x, p, search, initialStep in
      backtrack(f, x, p, search, from: initialStep) { trial, value, _ in trial < value }
    })

  static let slopeAtTrial = RoutineMistake<Backtracking>(
    id: "armijo-slope-at-trial", title: "the Armijo bound with the slope at the trial point",
    fix: "The bound's slope is the one at the start, ∇f(x)ᵀp, computed once before the loop.",
    routine: { f, gradient, x, p, search, initialStep in
      backtrack(f, x, p, search, from: initialStep) { trial, value, step in
        let moved = BacktrackingLineSearch.point(x, plus: step, along: p)
        return trial <= value + search.sufficientDecrease * step * slope(gradient(moved), p)
      }
    })

  static let noTest = RoutineMistake<Backtracking>(
    id: "backtracking-no-test", title: "the first step returned without testing it",
    fix: "Test every step, the first included: while f(x + αp) > f(x) + c₁α∇f(x)ᵀp, α ← ρα.",
    routine: { _, _, _, _, _, initialStep in initialStep })

  static let shrinksFirst = RoutineMistake<Backtracking>(
    id: "backtracking-shrinks-first", title: "the step shrunk before its first test (ρα₀ tried first)",
    fix: "Try α₀ itself first; multiply by ρ only after a step fails the Armijo condition.",
    routine: { f, gradient, x, p, search, initialStep in
      search.step(on: f, gradient: gradient(x), from: x, direction: p, initialStep: initialStep * search.contraction)
    })

  static let weakCurvature = ConditionMistake(
    id: "wolfe-weak-curvature", title: "the weak Wolfe curvature condition instead of the strong one",
    fix: "Bound the slope on both sides: |∇f(x + αp)ᵀp| ≤ c₂|∇f(x)ᵀp|; without the absolute value, steps past the"
      + " minimum along the line pass.",
    missedCondition: .overshot)

  static let armijoOnly = ConditionMistake(
    id: "wolfe-armijo-only", title: "the first step with sufficient decrease, without the curvature condition",
    fix: "Keep searching (grow the step, then zoom) until |∇f(x + αp)ᵀp| ≤ c₂|∇f(x)ᵀp| as well.",
    missedCondition: .stillDescending)

  /// Backtracking from `initialStep` until `accepts(f(x + αp), f(x), α)`.
  private static func backtrack(
    _ f: ([Double]) -> Double, _ x: [Double], _ p: [Double], _ search: BacktrackingLineSearch,
    from initialStep: Double, accepts: (_ trial: Double, _ value: Double, _ step: Double) -> Bool
  ) -> Double? {
    let value = f(x)
    var step = initialStep
    for _ in 0..<search.maximumEvaluations {
      if accepts(f(BacktrackingLineSearch.point(x, plus: step, along: p)), value, step) { return step }
      step *= search.contraction
    }
    return nil
  }

  private static func slope(_ gradient: [Double], _ p: [Double]) -> Double { SecondOrderMath.dot(gradient, p) }
}

/// A classic mistake of a search judged by its conditions, recognized by
/// the worst condition its wrong steps miss.
public struct ConditionMistake: Sendable {
  /// How the wrong steps miss the strong Wolfe conditions.
  public enum MissedCondition: Sendable {
    /// Past the minimum along the line: ∇f(x + αp)ᵀp > c₂|∇f(x)ᵀp|.
    case overshot
    /// Short of it: ∇f(x + αp)ᵀp < −c₂|∇f(x)ᵀp|.
    case stillDescending
  }

  /// A stable identifier, `[a-z0-9-]`.
  public var id: String
  /// The mistake in the lecture's words.
  public var title: String
  /// How to fix it, one imperative sentence.
  public var fix: String
  /// What its steps miss.
  public var missedCondition: MissedCondition
}
