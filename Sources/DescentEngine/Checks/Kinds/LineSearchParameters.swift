import DescentCore
import DescentJudging
import DescentReference
import DescentReports
import DescentWire

/// A line-search check: the student's line search finds a step α from each
/// point along each direction, judged by the conditions at x + αp, which
/// the grader evaluates itself.
///
/// ```yaml
/// check:
///   kind: line_search
///   routine: backtracking        # the catalog's lineSearches key
///   rule: backtracking           # or strong_wolfe
///   problem: {name: rosenbrock}
///   points: [[-1.2, 1.0], [0.0, 0.0]]
///   directions: [[1.0, 0.0], [1.0, 1.0]]   # optional; steepest descent −∇f(x) when absent
///   initial_step: 1.0            # α₀
///   c1: 1.0e-4
///   c2: 0.9                      # strong_wolfe
///   contraction: 0.5             # backtracking: ρ
/// ```
public struct LineSearchParameters: Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// What the search must do.
  public var rule: LineSearchRule
  /// The function searched.
  public var problem: ProblemSpecification
  /// The points x.
  public var points: [[Double]]
  /// The descent direction p from each point.
  public var directions: [[Double]]
  /// α₀, c₁, c₂, ρ and the evaluation budget, handed to the routine (and used by the reference).
  public var settings: LineSearchSettings
  /// `none` or `perPoint`.
  public var partialCredit: PartialCredit

  /// Creates the parameters.
  public init(
    routine: String, rule: LineSearchRule, problem: ProblemSpecification, points: [[Double]], directions: [[Double]],
    settings: LineSearchSettings = Self.defaultSettings, partialCredit: PartialCredit = .none
  ) {
    self.routine = routine
    self.rule = rule
    self.problem = problem
    self.points = points
    self.directions = directions
    self.settings = settings
    self.partialCredit = partialCredit
  }

  /// α₀ = 1, c₁ = 1e-4, c₂ = 0.9, ρ = ½, 60 evaluations: what an item that gives none of them asks.
  public static let defaultSettings = LineSearchSettings(
    initialStep: 1, sufficientDecrease: 1e-4, curvature: 0.9, contraction: 0.5, maximumEvaluations: 60)
}

extension LineSearchParameters: CheckDefinition {
  public static let kind = LineSearchExpectation.kind
  public static let fieldNames = [
    "routine", "rule", "problem", "points", "directions", "initial_step", "c1", "c2", "contraction",
    "max_evaluations", "partial_credit",
  ]

  public init(reading fields: CheckFields) throws(RubricError) {
    let routine = try fields.routine()
    let ruleName = try fields.required("rule").choice(LineSearchRule.allCases.map(\.rawValue))
    let (problem, points) = try fields.problemWithPoints()
    let defaults = Self.defaultSettings
    let c1 = try fields["c1"]?.positiveNumber() ?? defaults.sufficientDecrease
    let c2 = try fields["c2"]?.positiveNumber() ?? defaults.curvature
    guard c1 < c2, c2 < 1 else {
      throw fields.error("the line search needs 0 < c1 < c2 < 1, got c1 = \(c1), c2 = \(c2)")
    }
    let contraction = try fields["contraction"]?.positiveNumber() ?? defaults.contraction
    guard contraction < 1 else { throw fields.error("contraction must be below 1, got \(contraction)") }
    let directions = try Self.directions(fields, problem: problem, points: points)
    self.init(
      routine: routine, rule: LineSearchRule(rawValue: ruleName) ?? .backtracking, problem: problem, points: points,
      directions: directions,
      settings: LineSearchSettings(
        initialStep: try fields["initial_step"]?.positiveNumber() ?? defaults.initialStep, sufficientDecrease: c1,
        curvature: c2, contraction: contraction,
        maximumEvaluations: try fields["max_evaluations"]?.positiveInteger(atMost: 1000) ?? defaults.maximumEvaluations),
      partialCredit: try fields.partialCredit(allowed: [.none, .perPoint]))
  }

  /// The rubric's directions, one per point and each downhill there, or
  /// steepest descent −∇f(x) from each point when it gives none.
  private static func directions(
    _ fields: CheckFields, problem: ProblemSpecification, points: [[Double]]
  ) throws(RubricError) -> [[Double]] {
    let objective: any Objective
    do { objective = try TestProblems.objective(for: problem) } catch {
      throw fields.error("the problem \(problem.name) cannot be built: \(error)")
    }
    guard let field = fields["directions"] else {
      return points.map { objective.gradient(at: $0).map { -$0 } }
    }
    let directions = try RubricPoints.read(field)
    guard directions.count == points.count, directions.allSatisfy({ $0.count == problem.dimension }) else {
      throw field.error(
        "\(field.path) must hold one direction of \(problem.dimension) coordinates per point (\(points.count))")
    }
    for (index, (point, direction)) in zip(points, directions).enumerated() {
      let slope = SecondOrderMath.dot(objective.gradient(at: point), direction)
      guard slope < 0 else {
        throw field.error(
          "\(field.path)[\(index)] does not lead downhill from its point (∇f(x)ᵀp = \(slope), needs < 0)")
      }
    }
    return directions
  }

  public var tasks: [HarnessTask] {
    [
      .lineSearch(
        LineSearchTask(routine: routine, problem: problem, points: points, directions: directions, settings: settings))
    ]
  }

  /// The reference's step from each point; for backtracking, each classic
  /// mistake's steps too; for strong Wolfe, the mistakes named by the
  /// condition their steps miss.
  public func expectation() throws -> any CheckExpectation {
    let objective = try ReferenceCatalog.problem(problem)
    let f = { (x: [Double]) in objective.value(at: x) }
    let gradient = { (x: [Double]) in objective.gradient(at: x) }
    let backtracking = BacktrackingLineSearch(
      sufficientDecrease: settings.sufficientDecrease, contraction: settings.contraction,
      maximumEvaluations: settings.maximumEvaluations)
    let initialStep = settings.initialStep
    let lines = Array(zip(points, directions))
    let steps: [Double]
    switch rule {
    case .backtracking:
      steps = try lines.map { x, p in
        guard
          let step = backtracking.step(on: f, gradient: gradient(x), from: x, direction: p, initialStep: initialStep)
        else {
          throw CheckInputError(
            "no step of α₀ρᵏ meets the Armijo condition within \(settings.maximumEvaluations) tries")
        }
        return step
      }
    case .strongWolfe:
      let search = try StrongWolfeLineSearch(
        sufficientDecrease: settings.sufficientDecrease, curvature: settings.curvature,
        maximumEvaluations: settings.maximumEvaluations)
      steps = try lines.map { x, p in
        try search.search(
          on: objective, from: x, value: f(x), gradient: gradient(x), direction: p, initialStep: initialStep
        ).step
      }
    }
    let mistakes =
      rule == .backtracking
      ? LineSearchMistakes.backtracking.map { known in
        MistakeAnswers(
          mistake: known.named,
          answers: lines.map { x, p in known.routine(f, gradient, x, p, backtracking, initialStep) ?? .nan })
      } : []
    let shortfallMistakes =
      rule == .strongWolfe
      ? LineSearchMistakes.strongWolfe.map { known in
        ShortfallMistake(
          shortfall: known.missedCondition == .overshot ? .overshot : .stillDescending,
          mistake: NamedMistake(id: known.id, title: known.title, fix: known.fix))
      } : []
    return LineSearchExpectation(
      routine: routine, rule: rule, problem: problem, points: points, directions: directions, settings: settings,
      steps: steps, creditsPerPoint: partialCredit == .perPoint, mistakes: mistakes,
      shortfallMistakes: shortfallMistakes)
  }

  /// Reported when a backtracking item's first step already meets the
  /// Armijo condition at every point (a search that never backtracks
  /// passes), or a strong-Wolfe item's first step meets both conditions at
  /// every point (returning α₀ passes).
  public func lintFindings() throws -> [RubricLintFinding] {
    guard
      let expectation = try expectation() as? LineSearchExpectation,
      expectation.steps.allSatisfy({ $0 == settings.initialStep })
    else { return [] }
    return [
      RubricLintFinding(
        item: "",
        message:
          "the first step α₀ = \(ComparisonText.value(settings.initialStep)) is accepted from every point, so a search"
          + " that returns α₀ untested passes; add a point or direction where α₀ is too long")
    ]
  }
}

extension CheckSpecification {
  /// A line-search check.
  public static func lineSearch(_ parameters: LineSearchParameters) -> Self { Self(parameters) }
}
