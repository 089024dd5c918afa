import DescentCore

/// An optimizer whose learning rate follows a schedule: before step k it is
/// set to εₖ, then the wrapped optimizer steps.
///
/// The same as torch's loop `optimizer.step(); scheduler.step()`, where the
/// scheduler sets lr for the next step.
public struct ScheduledOptimizer<Base: Optimizer & LearningRateAdjustable>: Optimizer {
  /// The optimizer whose learning rate is scheduled.
  public private(set) var base: Base
  /// The schedule εₖ.
  public var schedule: any LearningRateSchedule
  /// k, the number of steps taken.
  public private(set) var stepCount = 0

  /// Schedules `base`'s learning rate by `schedule`.
  public init(_ base: Base, schedule: any LearningRateSchedule) {
    self.base = base
    self.schedule = schedule
  }

  /// Sets lr = ε_k, then takes one step of the wrapped optimizer.
  public mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    base.learningRate = schedule.learningRate(atStep: stepCount)
    try base.step(&parameters, on: objective)
    stepCount += 1
  }
}
