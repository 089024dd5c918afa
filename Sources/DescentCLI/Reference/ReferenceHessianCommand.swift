import ArgumentParser
import DescentCore
import DescentReference
import Foundation

/// `descent reference hessian`: a test problem's value, gradient and
/// Hessian at a point, the Hessian's eigenvalues and the second-derivative
/// test's verdict, for notes on critical points.
struct ReferenceHessianCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hessian",
    abstract: "Print a test problem's gradient, Hessian and eigenvalues at a point, and what kind of point it is.",
    discussion: """
      Prints one JSON object: "problem", "point", "value", "gradient", "gradient_norm", "hessian" (rows), \
      "eigenvalues" (ascending) and "kind": minimum, maximum, saddle or degenerate by the second-derivative \
      test (eigenvalues within 1e-9·max|λ| of 0 count as 0), and "critical": whether ‖∇f‖ ≤ 1e-8, the \
      test's premise.

      Examples:
        descent reference hessian --problem saddle --point 0,0
        descent reference hessian --problem rosenbrock --point 1,1
        descent reference hessian --problem quadratic --condition 100 --point 0,0,0

      Exit status: 0; 2 for input that cannot be used (one line on standard error).
      """)

  @Option(help: ArgumentHelp("The test problem's name.", valueName: "name"))
  var problem: String

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("The point, comma-separated; its length is the dimension.", valueName: "x1,x2,..."))
  var point: String

  @Option(help: ArgumentHelp("The condition number κ of the quadratic problem.", valueName: "κ"))
  var condition: Double?

  func run() throws {
    let (x, objective) = try ReferenceFailure.input {
      let x = try TrajectoryRequest.point(point, option: "--point")
      let specification = ProblemSpecification(
        name: problem, dimension: x.count, parameters: condition.map { ["condition": $0] } ?? [:])
      return (x, try ReferenceLookup.objective(for: specification, pointOption: "--point"))
    }
    let gradient = objective.gradient(at: x)
    let hessian = objective.hessian(at: x)
    let eigenvalues = ((try? SymmetricEigendecomposition(hessian).values) ?? []).sorted()
    let norm = gradient.norm
    let rows = (0..<hessian.rows).map { row in (0..<hessian.columns).map { hessian[row, $0] } }
    print(
      ReferenceJSON.object([
        ("problem", .string(problem)), ("point", .numbers(x)), ("value", .number(objective.value(at: x))),
        ("gradient", .numbers(gradient)), ("gradient_norm", .number(norm)), ("hessian", .rows(rows)),
        ("eigenvalues", .numbers(eigenvalues)),
        ("kind", .string(SecondDerivativeTest.classify(eigenvalues: eigenvalues).rawValue)),
        ("critical", .bool(norm <= 1e-8)),
      ]).text)
  }
}
