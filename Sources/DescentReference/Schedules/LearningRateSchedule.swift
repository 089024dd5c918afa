/// A step length that changes with the step number.
///
/// Step k counts from 0: the first optimizer step uses
/// `learningRate(atStep: 0)`, which is the initial rate for every schedule
/// here. This is torch.optim.lr_scheduler's `last_epoch` after k calls to
/// `scheduler.step()`, one call after each `optimizer.step()`.
public protocol LearningRateSchedule: Sendable {
  /// εₖ, the step length for step k (k ≥ 0).
  func learningRate(atStep step: Int) -> Double
}
