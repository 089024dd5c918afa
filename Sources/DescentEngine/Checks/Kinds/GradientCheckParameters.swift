import DescentCore
import DescentJudging
import DescentReference
import DescentReports
import DescentWire

/// A gradient-check check: the student's gradient check is handed a test
/// problem and its exact gradient times `gradientScale` (1: correct; 1.1:
/// 10 % off) and must report the relative error the course's check gives.
///
/// ```yaml
/// check:
///   kind: gradient_check
///   routine: gradient_check      # the catalog's gradientChecks key
///   problem: {name: rosenbrock}
///   points: [[-1.2, 1.0]]
///   gradient_scale: 1.1
/// ```
public struct GradientCheckParameters: Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// The function whose gradient is checked.
  public var problem: ProblemSpecification
  /// The points x.
  public var points: [[Double]]
  /// The step h handed to the routine.
  public var step: Double
  /// The factor on the exact gradient.
  public var gradientScale: Double
  /// `none` or `perPoint`.
  public var partialCredit: PartialCredit

  /// Creates the parameters.
  public init(
    routine: String, problem: ProblemSpecification, points: [[Double]], step: Double = 1e-5,
    gradientScale: Double = 1, partialCredit: PartialCredit = .none
  ) {
    self.routine = routine
    self.problem = problem
    self.points = points
    self.step = step
    self.gradientScale = gradientScale
    self.partialCredit = partialCredit
  }
}

extension GradientCheckParameters: CheckDefinition {
  public static let kind = GradientCheckExpectation.kind
  public static let fieldNames = ["routine", "problem", "points", "step", "gradient_scale", "partial_credit"]

  public init(reading fields: CheckFields) throws(RubricError) {
    let routine = try fields.routine()
    let (problem, points) = try fields.problemWithPoints()
    self.init(
      routine: routine, problem: problem, points: points,
      step: try fields["step"]?.positiveNumber() ?? fields.defaults.step,
      gradientScale: try fields["gradient_scale"]?.positiveNumber() ?? 1,
      partialCredit: try fields.partialCredit(allowed: [.none, .perPoint]))
  }

  public var tasks: [HarnessTask] {
    [
      .gradientCheck(
        GradientCheckTask(routine: routine, problem: problem, points: points, step: step, gradientScale: gradientScale))
    ]
  }

  /// The reference check's relative error at each point, and each classic mistake's.
  public func expectation() throws -> any CheckExpectation {
    GradientCheckExpectation(
      routine: routine, points: points, gradientScale: gradientScale,
      errors: try errors(of: GradientCheckMistakes.reference), creditsPerPoint: partialCredit == .perPoint,
      mistakes: try GradientCheckMistakes.all.map { known in
        MistakeAnswers(mistake: known.named, answers: try errors(of: known.routine))
      })
  }

  /// What `check` reports at each point for the problem's gradient × `gradientScale`.
  private func errors(of check: GradientCheckMistakes.Routine) throws -> [Double] {
    let objective = try ReferenceCatalog.problem(problem)
    let scale = gradientScale
    return points.map { x in
      check({ objective.value(at: $0) }, { objective.gradient(at: $0).map { $0 * scale } }, x, step)
    }
  }
}

extension GradientCheckParameters {
  /// Reported when the reference's own check reads the gradient handed over
  /// on the wrong side of the course's threshold: above 1e-7 for the exact
  /// gradient (a correct check could not pass), or at most 1e-7 for a scaled
  /// one (the item would not tell a check from one that returns 0).
  public func lintFindings() throws -> [RubricLintFinding] {
    let bound = GradientCheckExpectation.correctBound
    let misread = zip(points, try errors(of: GradientCheckMistakes.reference)).first { _, error in
      gradientScale == 1 ? !(error <= bound) : error <= bound
    }
    guard let (point, error) = misread else { return [] }
    let reading =
      gradientScale == 1
      ? "above 1e-7 for the exact gradient, so no correct check can pass; use a smaller step or other points"
      : "at most 1e-7 for a gradient scaled by \(gradientScale), so a check returning 0"
        + " passes; scale it further from 1"
    return [
      RubricLintFinding(
        item: "",
        message: "the reference's check gives \(ComparisonText.scientific(error)) at \(ComparisonText.point(point)),"
          + " \(reading)")
    ]
  }
}
