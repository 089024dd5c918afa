import DescentCore
import DescentJudging
import DescentReference
import Foundation
import Testing

@testable import DescentEngine

/// The `second-order` assignment's rubric as the loader reads it: line-search
/// items parse to the parameters they write, their expectations come from the
/// reference, and each way of breaking one is a one-line error naming its line.
@Suite("Line-search checks in a rubric")
struct SecondOrderCheckLoadingTests {
  static let rubricFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("rubrics/second-order.yaml")

  static func rubricText() throws -> String { try String(contentsOf: rubricFile, encoding: .utf8) }

  @Test("the course's rubric reads to the parameters it writes")
  func parsesCourseRubric() throws {
    let rubric = try RubricLoader.load(contentsOf: Self.rubricFile)
    #expect(rubric.maxScore == 100)
    let backtracking = try #require(
      rubric.items.first { $0.id == "backtracking-rosenbrock" }?.check.parameters(as: LineSearchParameters.self))
    #expect(backtracking.rule == .backtracking && backtracking.settings.sufficientDecrease == 0.3)
    #expect(backtracking.settings.contraction == 0.5 && backtracking.settings.maximumEvaluations == 60)
    // No directions given: steepest descent from each point.
    #expect(backtracking.directions[0] == Rosenbrock(dimension: 2).gradient(at: [-1.2, 1]).map { -$0 })
    #expect(abs(backtracking.directions[0][0] - 215.6) < 1e-12)
    let wolfe = try #require(
      rubric.items.first { $0.id == "strong-wolfe-line-search" }?.check.parameters(as: LineSearchParameters.self))
    #expect(wolfe.rule == .strongWolfe && wolfe.settings.curvature == 0.5 && wolfe.directions[1] == [3.2, -0.8])
  }

  @Test("a backtracking item expects the first of α₀ρᵏ with sufficient decrease, and each mistake's steps")
  func backtrackingExpectation() throws {
    // f = x² + y² from (1, 2) along −∇f = (−2, −4): α = 1 lands on (−1, −2), f unchanged; α = ½ on the minimum.
    let parameters = LineSearchParameters(
      routine: "backtracking", rule: .backtracking, problem: ProblemSpecification(name: "paraboloid", dimension: 2),
      points: [[1, 2]], directions: [[-2, -4]])
    let expectation = try #require(try parameters.expectation() as? LineSearchExpectation)
    #expect(expectation.steps == [0.5])
    let byID = Dictionary(uniqueKeysWithValues: expectation.mistakes.map { ($0.mistake.id, $0.answers) })
    #expect(byID["backtracking-no-test"] == [1])
    #expect(byID["backtracking-shrinks-first"] == [0.5], "ρα₀ is the right step here, so it cannot be told apart")
    #expect(byID["armijo-sign-flipped"] == [1], "f(x + p) = f(x) sits below the flipped bound")
    #expect(expectation.shortfallMistakes.isEmpty)
  }

  @Test("a strong-Wolfe item names its mistakes by the condition they miss")
  func strongWolfeExpectation() throws {
    let rubric = try RubricLoader.load(contentsOf: Self.rubricFile)
    let wolfe = try #require(
      rubric.items.first { $0.id == "strong-wolfe-line-search" }?.check.parameters(as: LineSearchParameters.self))
    let expectation = try #require(try wolfe.expectation() as? LineSearchExpectation)
    #expect(Set(expectation.shortfallMistakes.map(\.shortfall)) == [.overshot, .stillDescending])
    #expect(expectation.mistakes.isEmpty)
    #expect(expectation.steps.count == 4 && expectation.steps.allSatisfy { $0 > 0 })
  }

  static let errorCases: [(target: String, replacement: String, message: String)] = [
    ("rule: backtracking\n", "rule: armijo\n", "check.rule must be one of backtracking, strong_wolfe"),
    ("c2: 0.5\n", "c2: 1.5\n", "needs 0 < c1 < c2 < 1"),
    ("contraction: 0.5\n", "contraction: 2.0\n", "contraction must be below 1"),
    (
      "directions: [[-1.0, -4.0], [3.2, -0.8], [-0.01, -0.04], [-0.3, 0.8]]",
      "directions: [[1.0, 4.0], [3.2, -0.8], [-0.01, -0.04], [-0.3, 0.8]]", "does not lead downhill"
    ),
    (
      "directions: [[-1.0, -4.0], [3.2, -0.8], [-0.01, -0.04], [-0.3, 0.8]]", "directions: [[-1.0, -4.0]]",
      "one direction of 2 coordinates per point"
    ),
  ]

  @Test("each broken line-search check is one line naming the file, line and item", arguments: errorCases.indices)
  func errors(_ index: Int) throws {
    let (target, replacement, message) = Self.errorCases[index]
    let text = try Self.rubricText()
    let range = try #require(text.range(of: target), "no \(target) in the rubric")
    let broken = text.replacingCharacters(in: range, with: replacement)
    #expect {
      _ = try RubricLoader.parse(broken, source: "rubrics/second-order.yaml")
    } throws: { error in
      let description = String(describing: error)
      return description.hasPrefix("rubrics/second-order.yaml:") && description.contains("item '")
        && description.contains(message) && !description.contains("\n")
    }
  }

  @Test("the lint passes the course's rubric and reports a line search whose first step is always accepted")
  func lint() throws {
    #expect(try RubricLint.findings(for: RubricLoader.load(contentsOf: Self.rubricFile)).isEmpty)
    let text = try Self.rubricText().replacingOccurrences(
      of: "points: [[-1.2, 1.0], [0.0, 0.0], [0.5, 0.5], [1.5, 2.0]]\n      initial_step: 1.0",
      with: "points: [[-1.2, 1.0], [0.0, 0.0], [0.5, 0.5], [1.5, 2.0]]\n      initial_step: 1.0e-6")
    let findings = try RubricLint.findings(for: RubricLoader.parse(text, source: "r.yaml"))
    #expect(findings.map(\.item) == ["backtracking-rosenbrock"], "\(findings)")
    #expect(findings.first?.message.contains("returns α₀ untested passes") == true, "\(findings)")
  }
}
