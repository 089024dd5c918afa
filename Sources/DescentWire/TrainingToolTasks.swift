import DescentCore

/// Ask the student's learning-rate schedule (`schedules` in the catalog) for
/// the rate at each of `steps`; the answer is one number per step.
public struct ScheduleTask: Codable, Hashable, Sendable {
  /// The catalog name of the schedule (`step`).
  public var routine: String
  /// `lr` and the schedule's own hyper-parameters.
  public var settings: Hyperparameters
  /// The steps k, each ≥ 0.
  public var steps: [Int]

  /// Creates the task.
  public init(routine: String, settings: Hyperparameters, steps: [Int]) {
    self.routine = routine
    self.settings = settings
    self.steps = steps
  }
}

/// Clip each of `gradients` with the student's clipping (`gradientClippers`
/// in the catalog) and threshold `threshold`; the answer is one vector per gradient.
public struct ClippingTask: Codable, Hashable, Sendable {
  /// The catalog name of the clipping (`norm`).
  public var routine: String
  /// c.
  public var threshold: Double
  /// The gradients to clip.
  public var gradients: [[Double]]

  /// Creates the task.
  public init(routine: String, threshold: Double, gradients: [[Double]]) {
    self.routine = routine
    self.threshold = threshold
    self.gradients = gradients
  }
}

/// Draw a fan_in × fan_out weight matrix with the student's initialization
/// (`initializers` in the catalog) from a generator seeded with `seed`; the
/// answer is the matrix's rows.
public struct InitializationTask: Codable, Hashable, Sendable {
  /// The catalog name of the initialization (`he_normal`).
  public var routine: String
  /// fan_in, the rows.
  public var fanIn: Int
  /// fan_out, the columns.
  public var fanOut: Int
  /// Seeds the generator handed to the routine.
  public var seed: UInt64

  /// Creates the task.
  public init(routine: String, fanIn: Int, fanOut: Int, seed: UInt64) {
    self.routine = routine
    self.fanIn = fanIn
    self.fanOut = fanOut
    self.seed = seed
  }
}
