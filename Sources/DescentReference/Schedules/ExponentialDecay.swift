import Foundation

/// Multiply the step length by γ at every step.
///
/// ```
/// εₖ = ε₀ · γᵏ
/// ```
///
/// torch.optim.lr_scheduler.ExponentialLR(gamma=γ).
public struct ExponentialDecay: LearningRateSchedule {
  /// ε₀.
  public var initialRate: Double
  /// γ, the factor per step.
  public var gamma: Double

  /// Creates the schedule.
  public init(initialRate: Double, gamma: Double) {
    self.initialRate = initialRate
    self.gamma = gamma
  }

  /// ε₀ · γᵏ.
  public func learningRate(atStep step: Int) -> Double {
    initialRate * pow(gamma, Double(max(0, step)))
  }
}
