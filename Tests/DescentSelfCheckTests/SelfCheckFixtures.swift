import DescentJudging
import DescentContract
import DescentReports
import DescentSelfCheck
import DescentWire

/// Gradient descent on any objective: what a correct student's `sgd` does.
struct FixtureGradientDescent: Optimizer {
  var learningRate: Double
  var sign: Double = 1
  /// From this step on (1-based), the step is 1 % too long.
  var wrongFrom: Int = .max
  var count = 0

  mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    count += 1
    let rate = count >= wrongFrom ? learningRate * 1.01 : learningRate
    let gradient = objective.gradient(at: parameters)
    for index in parameters.indices { parameters[index] -= sign * rate * gradient[index] }
  }
}

/// A stub, as the starter code has.
struct FixtureStub: Optimizer {
  mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    throw NotImplemented()
  }
}

/// Builds manifests and catalogs for the self-check tests, from the
/// course's test problems (no reference needed: gradient descent on
/// f(x, y) = x² + y² is x ← (1 − 2α)x).
enum SelfCheckFixtures {
  static let start = [1.0, -2.0]
  static let learningRate = 0.1
  static let steps = 5

  /// The exact gradient-descent trajectory on the paraboloid.
  static func paraboloidTrajectory(learningRate: Double = learningRate) -> [[Double]] {
    var points = [start]
    var x = start
    for _ in 0..<steps {
      x = x.map { $0 * (1 - 2 * learningRate) }
      points.append(x)
    }
    return points
  }

  static let signMistake = NamedMistake(
    id: "sgd-ascent", title: "stepping along the gradient instead of against it", fix: "subtract α∇f(x)")

  static func trajectoryItem(id: String = "sgd-paraboloid", creditsStepsMatched: Bool = true) -> SelfCheckItem {
    let task = TrajectoryTask(
      optimizer: "sgd", hyperparameters: Hyperparameters(numbers: ["lr": learningRate]),
      problem: ProblemSpecification(name: "paraboloid", dimension: 2), start: start, steps: steps, seed: 0)
    var ascent = [start]
    var x = start
    for _ in 0..<steps {
      x = x.map { $0 * (1 + 2 * learningRate) }
      ascent.append(x)
    }
    return SelfCheckItem(
      id: id, name: "SGD on the paraboloid", points: 4, hint: "x ← x − α∇f(x)", timeLimitSeconds: 2,
      tasks: [.trajectory(task)],
      expectation: .trajectory(
        TrajectoryExpectation(
          optimizer: "sgd", steps: steps, tolerance: .standard, creditsStepsMatched: creditsStepsMatched,
          references: [FormulationTrajectory(formulation: "sgd", points: paraboloidTrajectory())],
          mistakes: [MistakeTrajectory(mistake: signMistake, points: ascent)])))
  }

  /// f(x, y) = x² + 3y, ∇f = (2x, 3).
  static let points = [[1.0, 2.0], [-0.5, 4.0]]

  static func valueItem() -> SelfCheckItem {
    SelfCheckItem(
      id: "bowl-value", name: "Bowl values", points: 2, hint: nil, timeLimitSeconds: 2,
      tasks: [.evaluation(EvaluationTask(function: "bowl", points: points, includesGradient: false))],
      expectation: .value(
        ValueExpectation(
          function: "bowl", points: points, values: points.map { $0[0] * $0[0] + 3 * $0[1] }, tolerance: .standard,
          creditsPerPoint: true)))
  }

  static func gradientItem(step: Double = 1e-5) -> SelfCheckItem {
    let unit = [[1.0, 0.0], [0.0, 1.0]]
    var probePoints: [[Double]] = []
    for point in points {
      for direction in unit {
        probePoints.append(zip(point, direction).map { $0 + step * $1 })
        probePoints.append(zip(point, direction).map { $0 - step * $1 })
      }
    }
    return SelfCheckItem(
      id: "bowl-gradient", name: "Bowl gradient", points: 6, hint: "differentiate x² + 3y", timeLimitSeconds: 2,
      tasks: [
        .evaluation(EvaluationTask(function: "bowl", points: points, includesGradient: true)),
        .evaluation(EvaluationTask(function: "bowl", points: probePoints, includesGradient: false)),
      ],
      expectation: .gradient(
        GradientExpectation(
          function: "bowl", points: points, gradients: points.map { [2 * $0[0], 3] }, probes: points.map { _ in unit },
          step: step, threshold: 1e-6, creditsPerPoint: true)))
  }

  static func convergenceItem(bound: Double = 1e-6) -> SelfCheckItem {
    let task = TrajectoryTask(
      optimizer: "sgd", hyperparameters: Hyperparameters(numbers: ["lr": 0.25]),
      problem: ProblemSpecification(name: "paraboloid", dimension: 2), start: start, steps: 30, seed: 0)
    return SelfCheckItem(
      id: "sgd-converges", name: "SGD converges", points: 3, hint: nil, timeLimitSeconds: 2,
      tasks: [.trajectory(task)],
      expectation: .convergence(
        ConvergenceExpectation(
          optimizer: "sgd", problem: ProblemSpecification(name: "paraboloid", dimension: 2), dimension: 2,
          maxSteps: 30, measure: .loss, bound: bound, minimizers: [[0, 0]])))
  }

  static func manifest(items: [SelfCheckItem]) -> SelfCheckManifest {
    SelfCheckManifest(
      assignment: "fixture", title: "Fixture", items: items,
      withheldItems: [
        WithheldItem(points: 10, visibility: .hidden), WithheldItem(points: 5, visibility: .afterDueDate),
      ])
  }

  /// A catalog whose `sgd` and `bowl` are right, or wrong in the ways asked.
  static func catalog(
    sgd: @escaping @Sendable (Hyperparameters) throws -> any Optimizer = { h in
      FixtureGradientDescent(learningRate: try h.number("lr"))
    },
    gradient: @escaping @Sendable ([Double]) throws -> [Double] = { [2 * $0[0], 3] }
  ) -> @Sendable () -> SubmissionCatalog {
    {
      SubmissionCatalog(
        optimizers: ["sgd": sgd],
        functions: ["bowl": DifferentiableFunction(value: { $0[0] * $0[0] + 3 * $0[1] }, gradient: gradient)])
    }
  }
}
