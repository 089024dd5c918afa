import DescentCore
import DescentJudging
import DescentReference
import DescentReports
import DescentWire

/// A schedule check: the student's learning-rate schedule gives εₖ at each
/// asked step, compared with the reference schedule's.
///
/// ```yaml
/// check:
///   kind: schedule
///   routine: step                 # the catalog's schedules key
///   schedule: step                # step, exponential, linear or cosine
///   hyperparameters: {lr: 0.1, step_size: 10, gamma: 0.5}
///   steps: [0, 1, 9, 10, 25]
/// ```
public struct ScheduleParameters: Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// The schedule the reference computes (``ScheduleCatalog``).
  public var schedule: String
  /// `lr` and the schedule's own hyper-parameters.
  public var settings: Hyperparameters
  /// The steps k.
  public var steps: [Int]
  /// How close each rate must be.
  public var tolerance: ComparisonTolerance
  /// `none` or `perPoint`.
  public var partialCredit: PartialCredit

  /// Creates the parameters.
  public init(
    routine: String, schedule: String, settings: Hyperparameters, steps: [Int],
    tolerance: ComparisonTolerance = .standard, partialCredit: PartialCredit = .none
  ) {
    self.routine = routine
    self.schedule = schedule
    self.settings = settings
    self.steps = steps
    self.tolerance = tolerance
    self.partialCredit = partialCredit
  }
}

extension ScheduleParameters: CheckDefinition {
  public static let kind = ScheduleExpectation.kind
  public static let fieldNames = ["routine", "schedule", "hyperparameters", "steps", "tolerance", "partial_credit"]

  public init(reading fields: CheckFields) throws(RubricError) {
    let schedule = try fields.required("schedule").choice(ScheduleCatalog.names)
    let settingsField = try fields.required("hyperparameters")
    let settings = Hyperparameters(numbers: try settingsField.numberMapping())
    do { _ = try ScheduleCatalog.schedule(named: schedule, settings: settings) } catch {
      throw settingsField.error("\(settingsField.path): \(error)")
    }
    let stepsField = try fields.required("steps")
    let steps = try stepsField.list().map { field throws(RubricError) in
      try field.integer(in: 0...10_000_000, "a step number from 0 to 10000000")
    }
    guard !steps.isEmpty else { throw stepsField.mismatch("a non-empty list of step numbers") }
    self.init(
      routine: try fields.routine(), schedule: schedule, settings: settings, steps: steps,
      tolerance: try fields.tolerance(), partialCredit: try fields.partialCredit(allowed: [.none, .perPoint]))
  }

  public var tasks: [HarnessTask] { [.schedule(ScheduleTask(routine: routine, settings: settings, steps: steps))] }

  /// The reference schedule's rate at each step, and each classic mistake's.
  public func expectation() throws -> any CheckExpectation {
    let reference = try ScheduleCatalog.schedule(named: schedule, settings: settings)
    return ScheduleExpectation(
      routine: routine, schedule: schedule, steps: steps, rates: steps.map { reference.learningRate(atStep: $0) },
      tolerance: tolerance, creditsPerStep: partialCredit == .perPoint,
      mistakes: try ScheduleMistakes.mistakes(of: schedule).map { known in
        MistakeAnswers(mistake: known.named, answers: try steps.map { try known.routine($0, settings) })
      })
  }
}

extension CheckSpecification {
  /// A schedule check.
  public static func schedule(_ parameters: ScheduleParameters) -> Self { Self(parameters) }
}
