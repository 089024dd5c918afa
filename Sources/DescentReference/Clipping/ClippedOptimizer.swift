import DescentCore

/// An optimizer that clips each gradient before its update, as the loop
/// `loss.backward(); clip_grad_norm_(…); optimizer.step()` does in torch.
///
/// ```
/// g ← clip(∇f(x))
/// x ← update(x, g)        (the wrapped optimizer's step with g)
/// ```
public struct ClippedOptimizer<Base: GradientOptimizer>: Optimizer {
  /// The optimizer whose gradients are clipped.
  public private(set) var base: Base
  /// The clipping rule.
  public var clipping: any GradientClipping

  /// `base` with every gradient clipped by `clipping`.
  public init(_ base: Base, clipping: any GradientClipping) {
    self.base = base
    self.clipping = clipping
  }

  /// g ← clip(∇f(x)), then the wrapped optimizer's update with g.
  public mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    try base.update(&parameters, gradient: clipping.clip(objective.gradient(at: parameters)))
  }
}

extension ClippedOptimizer: LearningRateAdjustable where Base: LearningRateAdjustable {
  /// The wrapped optimizer's lr, so a schedule can drive a clipped optimizer.
  public var learningRate: Double {
    get { base.learningRate }
    set { base.learningRate = newValue }
  }
}
