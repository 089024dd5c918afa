import DescentReports
import Foundation

/// PrairieLearn's external-grader `results.json`, made from the Gradescope
/// results `descent grade` writes (same items, same words): the score as a
/// fraction 0…1, one test per visible rubric item with its points, and one
/// test for all hidden and after-due-date items together.
///
/// PrairieLearn shows every test to the student and has no per-test
/// visibility, so hidden items are never listed: their points count, in one
/// aggregate test that names neither the items nor anything about their
/// inputs or results.
public struct PrairieLearnResults: Codable, Sendable, Equatable {
  /// Whether the submission could be graded (false only when the grader failed).
  public var gradable: Bool
  /// The fraction of the points earned, 0…1.
  public var score: Double
  /// One line for the student.
  public var message: String
  /// The submission-wide text (build, total).
  public var output: String
  /// One entry per visible rubric item, then one for the hidden ones together.
  public var tests: [Test]

  /// One test of PrairieLearn's results.
  public struct Test: Codable, Sendable, Equatable {
    /// "adam-rosenbrock: Adam on Rosenbrock".
    public var name: String
    /// Points earned.
    public var points: Double
    /// Points available.
    public var maxPoints: Double
    /// What the feedback says about the item.
    public var output: String
    /// "passed", "failed" or "not run".
    public var message: String

    enum CodingKeys: String, CodingKey {
      case name, points, output, message
      case maxPoints = "max_points"
    }
  }

  /// The PrairieLearn form of Gradescope results.
  public init(gradescope document: GradescopeResults.Document) {
    let maximum = document.tests.reduce(0) { $0 + $1.maxScore }
    gradable = true
    score = maximum > 0 ? min(1, max(0, document.score / maximum)) : 0
    output = document.output
    message = "\(ReportText.points(document.score)) / \(ReportText.points(maximum)) points"
    tests = document.tests.filter { $0.visibility == Visibility.visible.rawValue }.map {
      Test(name: $0.name, points: $0.score, maxPoints: $0.maxScore, output: $0.output, message: $0.status ?? "not run")
    }
    let withheld = document.tests.filter { $0.visibility != Visibility.visible.rawValue }
    if !withheld.isEmpty {
      let points = withheld.reduce(0) { $0 + $1.score }
      let available = withheld.reduce(0) { $0 + $1.maxScore }
      tests.append(
        Test(
          name: "\(withheld.count) hidden items", points: points, maxPoints: available,
          output: "\(withheld.count) items were graded on inputs you do not see; their details are not shown.",
          message: points >= available ? "passed" : "failed"))
    }
  }

  /// The JSON, keys sorted.
  public func data() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }
}
