import Foundation

/// Cosine annealing: the step length follows half a cosine from ε₀ down to
/// η_min over T steps (Loshchilov and Hutter's SGDR without restarts).
///
/// ```
/// εₖ = η_min + (ε₀ − η_min) · (1 + cos(πk / T)) / 2
/// ```
///
/// torch.optim.lr_scheduler.CosineAnnealingLR(T_max=T, eta_min=η_min), in
/// the closed form torch documents. Past T the formula keeps going and the
/// rate climbs back up, as torch's does.
public struct CosineAnnealing: LearningRateSchedule {
  /// ε₀, the step length at the start.
  public var initialRate: Double
  /// η_min, the step length reached at step T.
  public var minimumRate: Double
  /// T, the half period in steps (at least 1).
  public var period: Int

  /// Creates the schedule; a `period` below 1 is read as 1.
  public init(initialRate: Double, minimumRate: Double = 0, period: Int) {
    self.initialRate = initialRate
    self.minimumRate = minimumRate
    self.period = max(1, period)
  }

  /// η_min + (ε₀ − η_min)(1 + cos(πk/T))/2.
  public func learningRate(atStep step: Int) -> Double {
    minimumRate + (initialRate - minimumRate) * (1 + cos(Double.pi * Double(max(0, step)) / Double(period))) / 2
  }
}
