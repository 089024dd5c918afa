import ArgumentParser
import DescentCore
import DescentReference
import Foundation

/// `descent reference gradcheck`: the course's gradient check of a test
/// problem's or exercise function's gradient at a point, for notes on
/// numeric derivatives and the relative-error thresholds.
struct ReferenceGradientCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gradcheck",
    abstract: "Check a function's gradient against finite differences at a point, as the course's gradient check does.",
    discussion: """
      Prints one JSON object: "function", "point", "step", "formula", "gradient" (the analytic gradient, \
      times --gradient-scale), "numeric" (the finite-difference gradient), "relative_error" \
      (maxᵢ |aᵢ − nᵢ| / max(maxᵢ (|aᵢ| + |nᵢ|), 1e-300)), "worst_coordinate" and its error \
      (|aᵢ − nᵢ| / (|aᵢ| + |nᵢ|)), and "verdict": the course's reading of the relative error (≤ 1e-7 \
      correct, ≤ 1e-4 suspicious, ≤ 1e-2 probably wrong, above wrong).

      The function is a test problem (rosenbrock, beale, …) or an exercise function (himmelblau, \
      styblinski_tang). --gradient-scale multiplies the exact gradient, to show what a wrong gradient \
      looks like; --formula forward shows why the check uses centered differences.

      Examples:
        descent reference gradcheck --function rosenbrock --point -1.2,1
        descent reference gradcheck --function himmelblau --point 1,2 --gradient-scale 1.1
        descent reference gradcheck --function rosenbrock --point -1.2,1 --formula forward --step 1e-4

      Exit status: 0; 2 for input that cannot be used (one line on standard error).
      """)

  @Option(help: ArgumentHelp("The test problem or exercise function.", valueName: "name"))
  var function: String

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("The point, comma-separated; its length is the dimension.", valueName: "x1,x2,..."))
  var point: String

  @Option(help: ArgumentHelp("The finite-difference step h (default 1e-5).", valueName: "h"))
  var step: Double = NumericGradient.defaultStep

  @Option(help: ArgumentHelp("centered (the check's) or forward.", valueName: "formula"))
  var formula: String = DifferenceFormula.centered.rawValue

  @Option(help: ArgumentHelp("A factor on the analytic gradient (default 1: the exact one).", valueName: "factor"))
  var gradientScale: Double = 1

  func run() throws {
    let (x, objective, differences) = try ReferenceFailure.input {
      () throws -> ([Double], any Objective, DifferenceFormula) in
      guard step.isFinite, step > 0 else { throw ReferenceInputError("--step must be a number above 0, got \(step)") }
      guard gradientScale.isFinite else { throw ReferenceInputError("--gradient-scale must be a finite number") }
      guard let differences = DifferenceFormula(rawValue: formula) else {
        throw ReferenceInputError("--formula: '\(formula)' is not centered or forward")
      }
      let x = try TrajectoryRequest.point(point, option: "--point")
      do {
        return (x, try ReferenceFunctions.objective(named: function, dimension: x.count), differences)
      } catch {
        throw ReferenceInputError("--function: \(error)")
      }
    }
    let f = { (x: [Double]) in objective.value(at: x) }
    let analytic = objective.gradient(at: x).map { $0 * gradientScale }
    let numeric = differences.gradient(of: f, at: x, step: step)
    let error = RelativeError.of(analytic: analytic, numeric: numeric)
    let worst = RelativeError.worstCoordinate(analytic: analytic, numeric: numeric)
    print(
      ReferenceJSON.object([
        ("function", .string(function)), ("point", .numbers(x)), ("step", .number(step)),
        ("formula", .string(differences.rawValue)), ("gradient", .numbers(analytic)), ("numeric", .numbers(numeric)),
        ("relative_error", .number(error)), ("worst_coordinate", .integer(worst?.index ?? 0)),
        ("worst_coordinate_error", .number(worst?.error ?? 0)),
        ("verdict", .string(GradientCheckVerdict(relativeError: error).wording)),
      ]).text)
  }
}
