import Foundation

/// Multiply the step length by γ every `stepSize` steps.
///
/// ```
/// εₖ = ε₀ · γ^⌊k / s⌋
/// ```
///
/// torch.optim.lr_scheduler.StepLR(step_size=s, gamma=γ).
public struct StepDecay: LearningRateSchedule {
  /// ε₀.
  public var initialRate: Double
  /// s, the number of steps between decays (at least 1).
  public var stepSize: Int
  /// γ, the factor applied at each decay.
  public var gamma: Double

  /// Creates the schedule; a `stepSize` below 1 is read as 1.
  public init(initialRate: Double, stepSize: Int, gamma: Double = 0.1) {
    self.initialRate = initialRate
    self.stepSize = max(1, stepSize)
    self.gamma = gamma
  }

  /// ε₀ · γ^⌊k / s⌋.
  public func learningRate(atStep step: Int) -> Double {
    initialRate * pow(gamma, Double(max(0, step) / stepSize))
  }
}
