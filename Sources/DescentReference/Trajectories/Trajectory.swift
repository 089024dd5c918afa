import DescentCore

/// The points an optimizer visits from a start, and the loss at each.
///
/// `points[0]` is the start x₀ and `points[k]` the point after step k, so a
/// complete run of N steps has N + 1 points. A run that a step's error cut
/// short keeps the points reached and records the error in ``failure``.
/// The command line's `descent reference trajectory` and the grading engine
/// both run the reference through ``init(running:on:from:steps:)``.
public struct Trajectory: Sendable {
  /// x₀, x₁, …: the start, then one point per completed step.
  public var points: [[Double]]
  /// f(xₖ) for each point, as many as ``points``.
  public var losses: [Double]
  /// Why the run stopped before the steps asked for; `nil` when it completed.
  public var failure: TrajectoryStepError?

  /// The number of steps completed, `points.count − 1`.
  public var stepsCompleted: Int { max(0, points.count - 1) }

  /// The last point reached.
  public var finalPoint: [Double] { points.last ?? [] }

  /// Creates a trajectory from its parts.
  public init(points: [[Double]], losses: [Double], failure: TrajectoryStepError? = nil) {
    self.points = points
    self.losses = losses
    self.failure = failure
  }

  /// Runs `optimizer` on `objective` for `steps` steps from `start`.
  ///
  /// Never throws: a step that throws, or that changes the number of
  /// parameters, ends the run and is recorded in ``failure``. Non-finite
  /// points are kept; they are part of what the optimizer did.
  /// `afterEachStep` is called with each completed step's number (from 1)
  /// and the optimizer after it, e.g. to read an evaluation counter
  /// (``CountingObjective``) or a line search's step (``LineSearchMethod``).
  public init(
    running optimizer: any Optimizer, on objective: any Objective, from start: [Double], steps: Int,
    afterEachStep: (_ step: Int, _ optimizer: any Optimizer) -> Void = { _, _ in }
  ) {
    var optimizer = optimizer
    var x = start
    var points = [start]
    points.reserveCapacity(max(0, steps) + 1)
    var failure: TrajectoryStepError?
    for step in stride(from: 1, through: steps, by: 1) {
      do {
        try Self.step(&optimizer, &x, objective)
      } catch {
        failure = TrajectoryStepError(step: step, steps: steps, message: "\(error)")
        break
      }
      guard x.count == start.count else {
        failure = TrajectoryStepError(
          step: step, steps: steps,
          message: "the step changed the number of parameters from \(start.count) to \(x.count)")
        break
      }
      points.append(x)
      afterEachStep(step, optimizer)
    }
    self.init(points: points, losses: points.map { objective.value(at: $0) }, failure: failure)
  }

  /// Runs `optimizer` like ``init(running:on:from:steps:)`` but throws
  /// instead of returning a short trajectory.
  ///
  /// - Throws: ``TrajectoryStepError`` naming the step that failed.
  public static func run(_ optimizer: any Optimizer, on objective: any Objective, from start: [Double], steps: Int)
    throws(TrajectoryStepError) -> Trajectory
  {
    let trajectory = Trajectory(running: optimizer, on: objective, from: start, steps: steps)
    if let failure = trajectory.failure { throw failure }
    return trajectory
  }

  /// One step, opening the existentials.
  private static func step<O: Optimizer>(_ optimizer: inout O, _ x: inout [Double], _ objective: any Objective) throws {
    try optimizer.step(&x, on: objective)
  }
}

/// A step that could not be taken, with the step's number (1-based).
public struct TrajectoryStepError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The step that failed, 1 for the first.
  public var step: Int
  /// The steps that were asked for.
  public var steps: Int
  /// What went wrong, as the optimizer said it.
  public var message: String

  /// Creates the error.
  public init(step: Int, steps: Int, message: String) {
    self.step = step
    self.steps = steps
    self.message = message
  }

  public var description: String { "step \(step) of \(steps) failed: \(message)" }
}
