import DescentCore
import DescentReports
import DescentWire

/// The reference's side of a line-search check: the student's routine finds
/// a step α from each point along each direction, and the grader evaluates
/// f and ∇f at x + αp itself to judge it.
///
/// A backtracking search is deterministic, so its step must be the
/// reference's (the first of α₀, ρα₀, ρ²α₀, … meeting the Armijo
/// condition), and a wrong one is matched against the classic mistakes'
/// steps. A strong-Wolfe search is judged by its conditions alone, since
/// correct searches differ in how they bracket and interpolate; a failing
/// one is named by the worst condition its steps miss.
public struct LineSearchExpectation: Codable, Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// What the search must do.
  public var rule: LineSearchRule
  /// The function searched.
  public var problem: ProblemSpecification
  /// The points x.
  public var points: [[Double]]
  /// The direction p from each point.
  public var directions: [[Double]]
  /// α₀, c₁, c₂, ρ and the evaluation budget.
  public var settings: LineSearchSettings
  /// The reference's step from each point.
  public var steps: [Double]
  /// Whether each right step earns its share of the points.
  public var creditsPerPoint: Bool
  /// The classic mistakes' steps (backtracking).
  public var mistakes: [MistakeAnswers<Double>]
  /// The mistakes named by the condition every wrong step misses (strong Wolfe).
  public var shortfallMistakes: [ShortfallMistake]

  /// Creates the expectation.
  public init(
    routine: String, rule: LineSearchRule, problem: ProblemSpecification, points: [[Double]],
    directions: [[Double]], settings: LineSearchSettings, steps: [Double], creditsPerPoint: Bool,
    mistakes: [MistakeAnswers<Double>],
    shortfallMistakes: [ShortfallMistake]
  ) {
    self.routine = routine
    self.rule = rule
    self.problem = problem
    self.points = points
    self.directions = directions
    self.settings = settings
    self.steps = steps
    self.creditsPerPoint = creditsPerPoint
    self.mistakes = mistakes
    self.shortfallMistakes = shortfallMistakes
  }
}

/// What a line search must return.
public enum LineSearchRule: String, Codable, Sendable, CaseIterable {
  /// The first of α₀, ρα₀, ρ²α₀, … with f(x + αp) ≤ f(x) + c₁α∇f(x)ᵀp.
  case backtracking
  /// Any α > 0 with sufficient decrease and |∇f(x + αp)ᵀp| ≤ c₂|∇f(x)ᵀp|.
  case strongWolfe = "strong_wolfe"
}

/// A classic mistake of a strong-Wolfe search, recognized by the worst
/// condition its steps miss: a search that checks the weak Wolfe condition
/// returns steps that overshoot and none short of the bound, one without a
/// curvature condition returns steps still descending steeply (and maybe
/// some that overshoot).
public struct ShortfallMistake: Codable, Sendable, Equatable {
  /// The worst way in which the wrong steps miss the conditions.
  public var shortfall: LineSearchShortfall
  /// The mistake that produces such steps.
  public var mistake: NamedMistake

  /// Creates the pair.
  public init(shortfall: LineSearchShortfall, mistake: NamedMistake) {
    self.shortfall = shortfall
    self.mistake = mistake
  }
}

/// How a step misses the strong Wolfe conditions.
public enum LineSearchShortfall: String, Codable, Sendable {
  /// f(x + αp) is above the Armijo line.
  case sufficientDecrease = "sufficient_decrease"
  /// Sufficient decrease holds, but f still falls steeply at α: ∇f(x + αp)ᵀp < −c₂|∇f(x)ᵀp|.
  case stillDescending = "still_descending"
  /// Sufficient decrease holds, but the step went past the minimum along the
  /// line: ∇f(x + αp)ᵀp > c₂|∇f(x)ᵀp| (the weak Wolfe condition accepts it).
  case overshot

  /// The shortfalls from the worst (no sufficient decrease) to the mildest.
  static let bySeverity: [Self] = [.sufficientDecrease, .stillDescending, .overshot]
}

extension LineSearchExpectation: CheckExpectation {
  public static let kind = "line_search"

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    guard results.count == 1, case .numbers(let answers, let stoppedBy) = results[0] else {
      return .error("Descent received an answer of the wrong kind from \(routine)")
    }
    guard points.count == directions.count, points.count == steps.count,
      let objective = try? TestProblems.objective(for: problem)
    else { return .error("the data for this item is inconsistent; tell your instructor") }
    let lines = zip(points, directions).map { LineSearchLine(objective: objective, point: $0, direction: $1) }
    let outcomes = answers.prefix(lines.count).enumerated().map { index, step in
      lines[index].outcome(of: step, settings: settings)
    }
    // The judge compares steps (backtracking) or the student's conditions (strong Wolfe): the
    // reference's steps need no evaluation.
    let expected = steps.map { LineSearchOutcome(step: $0) }
    let rule = rule
    let judge = AnswerListJudge<LineSearchOutcome>(
      target: routine, inputs: points.indices.map { "from \(ComparisonText.point(points[$0]))" },
      expected: expected,
      mistakes: mistakes.map { mistake in
        (mistake.mistake, mistake.answers.map { LineSearchOutcome(step: $0) })
      },
      accepts: { got, expected in
        switch rule {
        case .backtracking: LineSearchOutcome.isSameStep(got.step, expected.step)
        case .strongWolfe: got.shortfall == nil && got.step > 0 && got.step.isFinite
        }
      },
      describe: { got, expected in describe(got, expected: expected) },
      creditsPerInput: creditsPerPoint, noun: "points",
      agreement: rule == .strongWolfe ? "meets both strong Wolfe conditions" : "matches the reference")
    var verdict = judge.verdict(answers: outcomes, stoppedBy: stoppedBy)
    if verdict.outcome == .failed, verdict.mistake == nil, rule == .strongWolfe {
      let missed = Set(outcomes.compactMap(\.shortfall))
      let worst = LineSearchShortfall.bySeverity.first { missed.contains($0) }
      verdict.mistake = shortfallMistakes.first { $0.shortfall == worst }?.mistake
    }
    return verdict
  }

  /// Why `got` is wrong, in terms of the conditions at its step (for a
  /// backtracking search, the Armijo condition and the sequence α₀ρᵏ only).
  private func describe(_ got: LineSearchOutcome, expected: LineSearchOutcome) -> String {
    let alpha = "α = \(ComparisonText.value(got.step))"
    guard got.step > 0, got.step.isFinite else { return "\(alpha) is not a positive step" }
    if got.shortfall == .sufficientDecrease {
      return "\(alpha): f(x + αp) = \(ComparisonText.value(got.value)) is above f(x) + c₁α∇f(x)ᵀp = "
        + "\(ComparisonText.value(got.armijoBound)) (no sufficient decrease)"
    }
    switch rule {
    case .strongWolfe:
      guard let shortfall = got.shortfall else { return "\(alpha) meets both conditions" }
      let side = shortfall == .overshot ? "past the minimum along the line" : "f still falls steeply there"
      return "\(alpha): ∇f(x + αp)ᵀp = \(ComparisonText.value(got.slope)), but |∇f(x + αp)ᵀp| must be at most "
        + "c₂|∇f(x)ᵀp| = \(ComparisonText.value(got.curvatureBound)) (\(side))"
    case .backtracking:
      if got.step < expected.step {
        return "\(alpha) meets the Armijo condition, but the longer step α = \(ComparisonText.value(expected.step))"
          + " of α₀, ρα₀, ρ²α₀, … already did: it backtracked too far"
      }
      return "expected α = \(ComparisonText.value(expected.step)), the first of α₀, ρα₀, ρ²α₀, … with sufficient"
        + " decrease; got \(alpha)"
    }
  }
}

extension ItemExpectation {
  /// A line-search item's expectation.
  public static func lineSearch(_ expectation: LineSearchExpectation) -> Self { Self(expectation) }
}
