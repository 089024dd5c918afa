/// Decay the step length linearly to a floor, then hold it: the Deep
/// Learning book's schedule for SGD (Goodfellow, Bengio and Courville, §8.3.1).
///
/// ```
/// εₖ = (1 − k/τ) ε₀ + (k/τ) ε_τ     for k ≤ τ,   α = k/τ
/// εₖ = ε_τ                          for k > τ
/// ```
///
/// torch.optim.lr_scheduler.LinearLR(start_factor=1, end_factor=ε_τ/ε₀,
/// total_iters=τ) on an optimizer whose lr is ε₀. The book suggests ε_τ ≈ ε₀/100
/// and τ a few hundred passes over the data.
public struct LinearDecay: LearningRateSchedule {
  /// ε₀, the step length at the start.
  public var initialRate: Double
  /// ε_τ, the floor reached at step τ.
  public var finalRate: Double
  /// τ, the step at which the floor is reached (at least 1).
  public var horizon: Int

  /// Creates the schedule; a `horizon` below 1 is read as 1.
  public init(initialRate: Double, finalRate: Double, horizon: Int) {
    self.initialRate = initialRate
    self.finalRate = finalRate
    self.horizon = max(1, horizon)
  }

  /// (1 − α)ε₀ + αε_τ with α = min(k, τ)/τ.
  public func learningRate(atStep step: Int) -> Double {
    let alpha = Double(min(max(0, step), horizon)) / Double(horizon)
    return (1 - alpha) * initialRate + alpha * finalRate
  }
}
