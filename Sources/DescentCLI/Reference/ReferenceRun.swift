import DescentCore
import DescentReference

/// A reference optimizer's run: the start and one point per step, with the
/// loss at each, and how to print it.
struct ReferenceRun {
  /// The checked request that was run.
  var request: TrajectoryRequest
  /// x₀, x₁, …, x_steps.
  var points: [[Double]]
  /// f(xₖ) for each point.
  var losses: [Double]
  /// What each step asked of the objective: f, ∇f and second-order evaluations.
  var evaluations: [CountingObjective.Counts]
  /// Each step's line-search step α, for methods that search (nil: the
  /// method does not, or the step left the point unchanged).
  var lineSearchSteps: [Double?]

  /// Runs `request` through the reference's trajectory runner, the one the
  /// grading engine uses.
  ///
  /// - Throws: ``TrajectoryStepError`` when a step throws (a singular
  ///   Hessian, a failed line search), naming the step.
  init(_ request: TrajectoryRequest) throws {
    self.request = request
    let counting = CountingObjective(request.objective)
    var evaluations: [CountingObjective.Counts] = []
    var lineSearchSteps: [Double?] = []
    var before = CountingObjective.Counts()
    let trajectory = Trajectory(
      running: request.optimizer, on: counting, from: request.start, steps: request.steps
    ) { _, optimizer in
      let now = counting.evaluations
      evaluations.append(now.since(before))
      lineSearchSteps.append((optimizer as? any LineSearchMethod)?.lastLineSearch?.step)
      before = now
    }
    if let failure = trajectory.failure { throw failure }
    points = trajectory.points
    losses = trajectory.losses
    self.evaluations = evaluations
    self.lineSearchSteps = lineSearchSteps
  }

  /// The JSON object `descent reference trajectory --format json` prints.
  var json: ReferenceJSON {
    let numbers = request.hyperparameters.numbers.map { ($0.key, ReferenceJSON.number($0.value)) }
    let flags = request.hyperparameters.flags.map { ($0.key, ReferenceJSON.bool($0.value)) }
    let hyperparameters = (numbers + flags).sorted { $0.0 < $1.0 }
    let problemParameters = request.problem.parameters.sorted { $0.key < $1.key }.map {
      ($0.key, ReferenceJSON.number($0.value))
    }
    return .object(
      [
        ("optimizer", .string(request.descriptor.name)),
        (
          "problem",
          .object([
            ("name", .string(request.problem.name)),
            ("dimension", .integer(request.problem.dimension)),
            ("parameters", .object(problemParameters)),
          ])
        ),
        ("hyperparameters", .object(hyperparameters)),
        ("steps", .integer(request.steps)),
        ("points", .rows(points)),
        ("losses", .numbers(losses)),
        (
          "evaluations",
          .object([
            ("values", .array(evaluations.map { .integer($0.values) })),
            ("gradients", .array(evaluations.map { .integer($0.gradients) })),
            ("hessians", .array(evaluations.map { .integer($0.hessians) })),
          ])
        ),
        ("step_lengths", .numbers(zip(points, points.dropFirst()).map { (try? $0.distance(to: $1)) ?? .nan })),
      ]
        + (request.optimizer is any LineSearchMethod
          ? [("line_search_steps", .array(lineSearchSteps.map { $0.map(ReferenceJSON.number) ?? .null }))] : []))
  }

  /// The table `--format text` prints: a header of settings, then one row per point.
  var table: String {
    var lines: [String] = []
    let settings =
      request.hyperparameters.numbers.map { "\($0.key)=\($0.value)" }
      + request.hyperparameters.flags.map { "\($0.key)=\($0.value)" }
    lines.append("optimizer: \(request.descriptor.name) (\(settings.sorted().joined(separator: ", ")))")
    var problem = "problem: \(request.problem.name), dimension \(request.problem.dimension)"
    for (name, value) in request.problem.parameters.sorted(by: { $0.key < $1.key }) { problem += ", \(name)=\(value)" }
    lines.append(problem)
    let header = ["step", "loss"] + (1...max(1, request.start.count)).map { "x\($0)" }
    var rows = [header]
    for (index, point) in points.enumerated() {
      rows.append([String(index), losses[index].description] + point.map(\.description))
    }
    let widths = (0..<header.count).map { column in
      rows.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
    }
    for row in rows {
      let cells = row.enumerated().map { column, cell in
        String(repeating: " ", count: widths[column] - cell.count) + cell
      }
      lines.append(cells.joined(separator: "  "))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
