import DescentCore
import DescentJudging
import DescentReference
import DescentReports
import DescentWire

/// A numeric-gradient check: the student's routine differentiates a test
/// problem numerically at `points` with step `step`, and must give what
/// the asked `formula` gives.
///
/// ```yaml
/// check:
///   kind: numeric_gradient
///   routine: centered            # the catalog's numericGradients key
///   formula: centered            # or forward
///   problem: {name: rosenbrock}
///   points: [[-1.2, 1.0], [0.5, 0.5]]
///   step: 1.0e-4
/// ```
public struct NumericGradientParameters: Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// The formula the routine must follow.
  public var formula: DifferenceFormula
  /// The function differentiated.
  public var problem: ProblemSpecification
  /// The points x.
  public var points: [[Double]]
  /// The step h.
  public var step: Double
  /// How close each derivative must be.
  public var tolerance: ComparisonTolerance
  /// `none` or `perPoint`.
  public var partialCredit: PartialCredit

  /// Creates the parameters.
  public init(
    routine: String, formula: DifferenceFormula, problem: ProblemSpecification, points: [[Double]],
    step: Double = 1e-5, tolerance: ComparisonTolerance = .standard, partialCredit: PartialCredit = .none
  ) {
    self.routine = routine
    self.formula = formula
    self.problem = problem
    self.points = points
    self.step = step
    self.tolerance = tolerance
    self.partialCredit = partialCredit
  }
}

extension NumericGradientParameters: CheckDefinition {
  public static let kind = NumericGradientExpectation.kind
  public static let fieldNames = ["routine", "formula", "problem", "points", "step", "tolerance", "partial_credit"]

  public init(reading fields: CheckFields) throws(RubricError) {
    let routine = try fields.routine()
    let formulaName = try fields["formula"]?.choice(DifferenceFormula.allCases.map(\.rawValue)) ?? "centered"
    let (problem, points) = try fields.problemWithPoints()
    self.init(
      routine: routine, formula: DifferenceFormula(rawValue: formulaName) ?? .centered, problem: problem,
      points: points, step: try fields["step"]?.positiveNumber() ?? fields.defaults.step,
      tolerance: try fields.tolerance(), partialCredit: try fields.partialCredit(allowed: [.none, .perPoint]))
  }

  public var tasks: [HarnessTask] {
    [.numericGradient(NumericGradientTask(routine: routine, problem: problem, points: points, step: step))]
  }

  /// The asked formula's gradient at each point, and each classic mistake's.
  public func expectation() throws -> any CheckExpectation {
    let objective = try ReferenceCatalog.problem(problem)
    let f = { (x: [Double]) in objective.value(at: x) }
    let step = step
    return NumericGradientExpectation(
      routine: routine, formula: formula.rawValue, points: points,
      gradients: points.map { formula.gradient(of: f, at: $0, step: step) }, tolerance: tolerance,
      creditsPerPoint: partialCredit == .perPoint,
      mistakes: NumericGradientMistakes.mistakes(of: formula).map { known in
        MistakeAnswers(
          mistake: known.named,
          answers: points.map { known.routine(f, $0, step) })
      })
  }
}

extension NumericGradientParameters {
  /// Reported when the asked formula at this h is within the tolerance of
  /// the exact gradient at every point: a routine returning the exact
  /// gradient (the function identified, its gradient from the contract)
  /// would pass without differencing anything.
  public func lintFindings() throws -> [RubricLintFinding] {
    let objective = try ReferenceCatalog.problem(problem)
    let f = { (x: [Double]) in objective.value(at: x) }
    let exactPasses = points.allSatisfy { point in
      tolerance.accepts(objective.gradient(at: point), expected: formula.gradient(of: f, at: point, step: step))
    }
    guard exactPasses else { return [] }
    return [
      RubricLintFinding(
        item: "",
        message: "at h = \(ComparisonText.value(step)) the \(formula.rawValue) formula is within the tolerance of the"
          + " exact gradient at every point, so returning the exact gradient passes; use a larger step")
    ]
  }
}
