import DescentCore
import DescentReports
import DescentWire
import Testing

@testable import DescentJudging

/// Line-search verdicts: a backtracking step must be the reference's, a
/// strong-Wolfe step only has to meet both conditions, which the judge
/// evaluates itself, and a failing search is named by its mistake.
@Suite("Line-search judging")
struct LineSearchJudgingTests {
  // f = x² + y² from (1, 2) along (−2, −4) and from (−3, 0.5) along (6, −1):
  // φ(α) = f(x)(1 − α)²·… with its minimum at α = ½ on both lines.
  static let problem = ProblemSpecification(name: "paraboloid", dimension: 2)
  static let points: [[Double]] = [[1, 2], [-3, 0.5]]
  static let directions: [[Double]] = [[-2, -4], [6, -1]]
  static let noTest = NamedMistake(id: "backtracking-no-test", title: "untested", fix: "Test it.")
  static let weak = NamedMistake(id: "wolfe-weak-curvature", title: "weak", fix: "Use the absolute value.")
  static let armijoOnly = NamedMistake(id: "wolfe-armijo-only", title: "no curvature", fix: "Check curvature.")

  static func expectation(_ rule: LineSearchRule) -> LineSearchExpectation {
    LineSearchExpectation(
      routine: "search", rule: rule, problem: problem, points: points, directions: directions,
      settings: LineSearchSettings(
        initialStep: 1, sufficientDecrease: 1e-4, curvature: 0.5, contraction: 0.5, maximumEvaluations: 60),
      steps: [0.5, 0.5], creditsPerPoint: true,
      mistakes: rule == .backtracking ? [MistakeAnswers(mistake: noTest, answers: [1, 1])] : [],
      shortfallMistakes: rule == .strongWolfe
        ? [
          ShortfallMistake(shortfall: .overshot, mistake: weak),
          ShortfallMistake(shortfall: .stillDescending, mistake: armijoOnly),
        ]
        : [])
  }

  static func verdict(_ rule: LineSearchRule, _ steps: [Double], stoppedBy: StudentError? = nil) -> Verdict {
    expectation(rule).verdict(tasks: [], results: [.numbers(steps, stoppedBy: stoppedBy)])
  }

  @Test("backtracking: the reference's step passes, within rounding of a power of ρ")
  func backtrackingPasses() {
    let verdict = Self.verdict(.backtracking, [0.5, 0.5 * (1 + 1e-12)])
    #expect(verdict.outcome == .passed && verdict.summary == "matches the reference for all 2 points")
  }

  @Test("backtracking: a shorter step backtracked too far, a longer one lacks sufficient decrease")
  func backtrackingFails() {
    let verdict = Self.verdict(.backtracking, [0.25, 1])
    #expect(verdict.outcome == .failed && verdict.mistake == nil)
    #expect(verdict.credit == 0)
    #expect(verdict.details[0].contains("backtracked too far"), "\(verdict.details)")
    #expect(verdict.details[1].contains("no sufficient decrease"), "\(verdict.details)")
    // α = ⅛ also misses the curvature condition, which backtracking does not ask: it is still "too far".
    let short = Self.verdict(.backtracking, [0.125, 0.5])
    #expect(short.details.first?.contains("backtracked too far") == true, "\(short.details)")
    let untested = Self.verdict(.backtracking, [1, 1])
    #expect(untested.mistake == Self.noTest)
  }

  @Test("strong Wolfe: any step meeting both conditions passes, not only the reference's")
  func strongWolfePasses() {
    // |φ′(α)| ≤ ½|φ′(0)| holds for α in [¼, ¾].
    let verdict = Self.verdict(.strongWolfe, [0.3, 0.7])
    #expect(verdict.outcome == .passed, "\(verdict)")
    #expect(verdict.summary == "meets both strong Wolfe conditions for all 2 points")
  }

  @Test(
    "strong Wolfe: a failing search is named by the worst condition its steps miss",
    arguments: [
      ([0.9, 0.6], "wolfe-weak-curvature", "past the minimum along the line"),
      ([0.1, 0.5], "wolfe-armijo-only", "f still falls steeply there"),
      ([0.9, 0.1], "wolfe-armijo-only", "past the minimum along the line"),
      ([1.2, 0.9], nil, "no sufficient decrease"),
      ([-1, 0.5], nil, "is not a positive step"),
    ] as [([Double], String?, String)])
  func strongWolfeFails(steps: [Double], mistake: String?, detail: String) {
    let verdict = Self.verdict(.strongWolfe, steps)
    #expect(verdict.outcome == .failed)
    #expect(verdict.mistake?.id == mistake, "\(verdict)")
    #expect(verdict.details.contains { $0.contains(detail) }, "\(verdict.details)")
  }

  @Test("a search that threw keeps the credit of the points before it")
  func stopped() {
    let verdict = Self.verdict(.strongWolfe, [0.5], stoppedBy: StudentError(kind: .thrown, message: "no step"))
    #expect(verdict.outcome == .error && verdict.credit == 0.5)
    #expect(verdict.summary.contains("from (-3, 0.5)"), "\(verdict.summary)")
  }
}
