import DescentCore
import DescentJudging
import DescentReference
import Foundation
import Testing

@testable import DescentEngine

/// The check kinds of the `gradient-descent` assignment as the rubric
/// loader reads them: the course's rubric parses to the parameters it
/// writes, and each way of breaking one is a one-line error naming its line.
@Suite("Routine check kinds in a rubric")
struct RoutineCheckLoadingTests {
  static let rubricFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("rubrics/gradient-descent.yaml")

  static func rubricText() throws -> String { try String(contentsOf: rubricFile, encoding: .utf8) }

  @Test("the course's rubric reads to the parameters it writes")
  func parsesCourseRubric() throws {
    let rubric = try RubricLoader.load(contentsOf: Self.rubricFile)
    #expect(rubric.maxScore == 100)
    let numeric = try #require(rubric.items.first?.check.parameters(as: NumericGradientParameters.self))
    #expect(numeric.formula == .forward && numeric.step == 1e-3 && numeric.routine == "forward")
    #expect(numeric.problem == ProblemSpecification(name: "paraboloid", dimension: 2), "a fixed dimension is implied")
    let check = try #require(
      rubric.items.first { $0.id == "gradient-check-wrong" }?.check.parameters(as: GradientCheckParameters.self))
    #expect(check.gradientScale == 1.1)
    let search = try #require(
      rubric.items.first { $0.id == "random-search-rosenbrock" }?.check.parameters(as: RandomSearchParameters.self))
    #expect(search.tries == 500 && search.seed == 11 && search.problem.dimension == 3)
    let hessians = try #require(
      rubric.items.first { $0.id == "second-derivative-test" }?.check.parameters(as: CriticalPointParameters.self))
    #expect(hessians.hessians.count == 5 && hessians.partialCredit == .perPoint)
    #expect(hessians.origins[4] == "the Hessian ((1, 3), (3, 1))")
    let oscillation = try #require(
      rubric.items.first { $0.id == "gd-square-oscillates" }?.check.parameters(as: ConvergenceParameters.self))
    #expect(oscillation.target == .oscillatesWithin(1.5))
  }

  static let errorCases: [(target: String, replacement: String, message: String)] = [
    ("routine: forward\n", "\n", "check.routine is missing"),
    ("formula: forward", "formula: backward", "check.formula must be one of forward, centered, got \"backward\""),
    ("points: [[1.0, 2.0], [-3.0, 0.5]]", "points: [[1.0, 2.0, 3.0]]", "paraboloid takes 2 dimensions, got 3"),
    ("gradient_scale: 1.1", "gradient_scale: 0", "check.gradient_scale must be a positive number, got 0"),
    ("tries: 200", "tries: 0", "check.tries must be a positive integer, got 0"),
    (
      "problem: {name: rosenbrock, dimension: 3}", "problem: {name: rosenbrock}",
      "dimension is missing (rosenbrock takes more than one)"
    ),
    ("- [[1.0, 3.0], [3.0, 1.0]]", "- [[1.0, 3.0]]", "must be a square matrix of finite numbers"),
    ("target: {oscillates_within: 1.5}", "target: {oscillates_within: 0.5}", "must be a factor above 1"),
    (
      "      function: rosenbrock\n", "      hessians: [[[1.0]]]\n      function: rosenbrock\n",
      "must give either hessians, or function and points"
    ),
  ]

  @Test("each broken routine check is one line naming the file, line and item", arguments: errorCases.indices)
  func errors(_ index: Int) throws {
    let (target, replacement, message) = Self.errorCases[index]
    let text = try Self.rubricText()
    let range = try #require(text.range(of: target), "no \(target) in the rubric")
    let broken = text.replacingCharacters(in: range, with: replacement)
    #expect {
      _ = try RubricLoader.parse(broken, source: "rubrics/gradient-descent.yaml")
    } throws: { error in
      let description = String(describing: error)
      return description.hasPrefix("rubrics/gradient-descent.yaml:") && description.contains("item '")
        && description.contains(message) && !description.contains("\n")
    }
  }

  @Test("the lint passes the course's rubric and reports items the exact gradient or a zero check would pass")
  func lint() throws {
    #expect(try RubricLint.findings(for: RubricLoader.load(contentsOf: Self.rubricFile)).isEmpty)
    var text = try Self.rubricText()
    for (target, replacement) in [
      (
        "points: [[-1.2, 1.0], [0.5, 0.5], [2.0, -1.0]]\n      step: 1.0e-2",
        "points: [[-1.2, 1.0], [0.5, 0.5], [2.0, -1.0]]\n      step: 1.0e-7"
      ),
      ("gradient_scale: 1.1", "gradient_scale: 1.00000001"),
    ] {
      let range = try #require(text.range(of: target), "no \(target)")
      text = text.replacingCharacters(in: range, with: replacement)
    }
    let findings = try RubricLint.findings(for: RubricLoader.parse(text, source: "r.yaml"))
    #expect(findings.map(\.item) == ["centered-difference-rosenbrock", "gradient-check-wrong"], "\(findings)")
    #expect(findings[0].message.contains("returning the exact gradient passes"), "\(findings[0])")
    #expect(findings[1].message.contains("a check returning 0 passes"), "\(findings[1])")
  }
}
