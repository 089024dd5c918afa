import DescentWire
import DescentReports

/// The reference's side of a trajectory check.
public struct TrajectoryExpectation: Codable, Sendable, Equatable {
  /// The optimizer's catalog name, for messages.
  public var optimizer: String
  /// How many steps the check runs.
  public var steps: Int
  /// How close each coordinate must be.
  public var tolerance: ComparisonTolerance
  /// Whether a partial match earns points × (steps matched / steps).
  public var creditsStepsMatched: Bool
  /// The reference's trajectories: its own formulation first, then equivalent ones.
  public var references: [FormulationTrajectory]
  /// The trajectories of the optimizer's classic mistakes on the same input.
  public var mistakes: [MistakeTrajectory]

  /// Creates the expectation.
  public init(
    optimizer: String, steps: Int, tolerance: ComparisonTolerance, creditsStepsMatched: Bool,
    references: [FormulationTrajectory], mistakes: [MistakeTrajectory]
  ) {
    self.optimizer = optimizer
    self.steps = steps
    self.tolerance = tolerance
    self.creditsStepsMatched = creditsStepsMatched
    self.references = references
    self.mistakes = mistakes
  }
}

/// One formulation's trajectory: the start and one point per step.
public struct FormulationTrajectory: Codable, Sendable, Equatable {
  /// The formulation's name (`adam`, or an equivalent form's).
  public var formulation: String
  /// The points x₀, x₁, …
  public var points: [[Double]]
  /// Per step and coordinate, an absolute deviation accepted beyond the
  /// item's tolerance: a safe multiple of how far rounding alone moves the
  /// point on this item (nil: none, every step at the item's tolerance).
  public var slack: [[Double]]?

  /// Creates the trajectory.
  public init(formulation: String, points: [[Double]], slack: [[Double]]? = nil) {
    self.formulation = formulation
    self.points = points
    self.slack = slack
  }

  /// The first step whose slack is wider than `tolerance` accepts: from
  /// there on, steps are compared loosely.
  public func firstLoosenedStep(under tolerance: ComparisonTolerance) -> Int? {
    guard let slack else { return nil }
    return points.indices.first { step in
      step < slack.count
        && zip(slack[step], points[step]).contains { width, x in
          width > tolerance.absolute + tolerance.relative * abs(x)
        }
    }
  }
}

/// A classic mistake and the trajectory it produces on an item's input.
public struct MistakeTrajectory: Codable, Sendable, Equatable {
  /// The mistake.
  public var mistake: NamedMistake
  /// The points it visits.
  public var points: [[Double]]

  /// Creates the pair.
  public init(mistake: NamedMistake, points: [[Double]]) {
    self.mistake = mistake
    self.points = points
  }
}

extension TrajectoryExpectation: CheckExpectation {
  public static let kind = "trajectory"

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    TrajectoryJudge(expectation: self).verdict(from: results)
  }

  public func figures(tasks: [HarnessTask], results: [HarnessResult], verdict: Verdict) -> [Figure] {
    guard case .trajectory(let task)? = tasks.first, case .trajectory(let points, _)? = results.first else { return [] }
    return TrajectoryFigures(expectation: self, task: task, student: points, mistake: verdict.mistake).figures
  }
}

extension ItemExpectation {
  /// A trajectory item's expectation.
  public static func trajectory(_ expectation: TrajectoryExpectation) -> Self { Self(expectation) }
}
