import DescentCore
import DescentReference
import DescentTestSupport
import Foundation
import Testing

/// `descent reference trajectory`, run as the built executable: the JSON it
/// prints, and one line with exit status 2 for input it cannot use.
@Suite("descent reference trajectory")
struct ReferenceTrajectoryCommandTests {
  /// The printed object, decoded with JSONDecoder (which reads every
  /// float64 back exactly).
  struct Printed: Decodable {
    enum Setting: Decodable {
      case number(Double)
      case flag(Bool)
      init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
          self = .flag(flag)
        } else {
          self = .number(try container.decode(Double.self))
        }
      }
    }
    var optimizer: String
    var steps: Int
    var hyperparameters: [String: Setting]
    var points: [[Double]]
    var losses: [Double]
  }

  static func trajectory(_ arguments: [String]) throws -> ExecutionResult {
    try DescentExecutable.run(["reference", "trajectory"] + arguments, timeout: .seconds(30))
  }

  @Test(
    "prints steps + 1 points and losses, the start first, matching the reference in this process",
    arguments: [
      ["--optimizer", "adam", "--problem", "rosenbrock", "--start", "-1.2,1", "--steps", "25", "--lr", "0.01"],
      [
        "--optimizer", "sgd", "--lr", "0.01", "--momentum", "0.9", "--nesterov", "--problem", "quadratic",
        "--condition", "100", "--start", "1,1,1", "--steps", "10",
      ],
      [
        "--optimizer", "rmsprop", "--centered", "--momentum=0.5", "--problem", "saddle", "--start", "1,0.01", "--steps",
        "7",
      ],
      ["--optimizer", "lbfgs", "--problem", "rosenbrock", "--start", "-1.2,1", "--steps", "5"],
      ["--optimizer", "adam", "--no-bias-correction", "--problem", "square", "--start", "1", "--steps", "0"],
    ])
  func jsonShape(arguments: [String]) throws {
    let result = try Self.trajectory(arguments)
    try #require(result.status == 0, "\(result)")
    let printed = try JSONDecoder().decode(Printed.self, from: result.standardOutputData)
    let value = { (option: String) in arguments[arguments.firstIndex(of: option).map { $0 + 1 } ?? 0] }
    let steps = try #require(Int(value("--steps")))
    let start = value("--start").split(separator: ",").compactMap { Double($0) }
    let points = printed.points
    let losses = printed.losses
    #expect(printed.steps == steps && points.count == steps + 1 && losses.count == steps + 1)
    #expect(points.first == start)
    #expect(points.allSatisfy { $0.count == start.count })
    #expect(printed.optimizer == value("--optimizer"))
    #expect(printed.hyperparameters["lr"] != nil, "every hyper-parameter, defaults filled in")
    // The same run in this process: the printed numbers read back as the same float64.
    let problem = ProblemSpecification(
      name: value("--problem"), dimension: start.count,
      parameters: arguments.contains("--condition") ? ["condition": 100] : [:])
    var hyperparameters = Hyperparameters()
    for (name, setting) in printed.hyperparameters {
      switch setting {
      case .number(let number): hyperparameters.numbers[name] = number
      case .flag(let flag): hyperparameters.flags[name] = flag
      }
    }
    let reference = try Trajectory.run(
      try OptimizerRegistry.makeOptimizer(named: value("--optimizer"), hyperparameters: hyperparameters),
      on: try TestProblems.objective(for: problem), from: start, steps: steps)
    #expect(reference.points == points, "\(arguments)")
    #expect(reference.losses == losses, "\(arguments)")
  }

  static let rosenbrock = ["--problem", "rosenbrock", "--start", "-1.2,1", "--steps", "3"]

  @Test(
    "bad input: exit 2 and one line on standard error naming it",
    arguments: [
      (["--optimizer", "adan"] + rosenbrock, "adan"),
      (["--optimizer", "adam", "--problem", "rosenbrok", "--start", "1,1", "--steps", "3"], "rosenbrok"),
      (["--optimizer", "adam", "--problem", "saddle", "--start", "1,1,1", "--steps", "3"], "--start"),
      (["--optimizer", "adam", "--problem", "rosenbrock", "--start", "1", "--steps", "3"], "--start"),
      (["--optimizer", "adam", "--lr", "-0.1"] + rosenbrock, "lr"),
      (["--optimizer", "adam", "--lr", "abc"] + rosenbrock, "--lr"),
      (["--optimizer", "adam", "--lr", "nan"] + rosenbrock, "lr"),
      (["--optimizer", "adam", "--beta1", "1.5"] + rosenbrock, "beta1"),
      (["--optimizer", "adam", "--momentum", "0.9"] + rosenbrock, "--momentum"),
      (["--optimizer", "adam", "--problem", "rosenbrock", "--start", "1,x", "--steps", "3"], "--start"),
      (["--optimizer", "adam", "--problem", "rosenbrock", "--start", "1,1e999", "--steps", "3"], "--start"),
      (["--optimizer", "adam", "--problem", "rosenbrock", "--start", "1,1", "--steps", "x"], "--steps"),
      (["--optimizer", "adam", "--problem", "rosenbrock", "--start", "1,1", "--steps", "-3"], "--steps"),
      (["--optimizer", "adam", "--problem", "rosenbrock", "--start", "1,1"], "--steps"),
      (["--optimizer", "adam", "--lr"] + rosenbrock, "--lr"),
      (["--optimizer", "adam", "--format", "xml"] + rosenbrock, "--format"),
      (
        ["--optimizer", "adam", "--problem", "quadratic", "--condition", "0.5", "--start", "1,1", "--steps", "3"],
        "condition"
      ),
      (["--optimizer", "sgd", "--nesterov"] + rosenbrock, "nesterov"),
    ])
  func badInput(arguments: [String], named: String) throws {
    let result = try Self.trajectory(arguments)
    #expect(result.status == 2, "\(result)")
    #expect(!result.wasSignaled)
    #expect(result.standardOutput.isEmpty, "\(result)")
    let lines = result.standardErrorLines
    #expect(lines.count == 1, "\(result)")
    #expect(lines.first?.hasPrefix("error: ") == true && lines.first?.contains(named) == true, "\(result)")
  }
}
