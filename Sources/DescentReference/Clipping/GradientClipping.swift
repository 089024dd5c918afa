/// A rule that rescales or clamps a gradient before the optimizer sees it.
///
/// Conformers: ``GradientNormClipping`` (torch.nn.utils.clip_grad_norm_)
/// and ``GradientValueClipping`` (torch.nn.utils.clip_grad_value_).
/// ``ClippedOptimizer`` applies one to every step of an optimizer.
public protocol GradientClipping: Sendable {
  /// The clipped gradient, of the same length as `gradient`.
  func clip(_ gradient: [Double]) -> [Double]
}

/// A clipping threshold that cannot be used, worded for whoever wrote it.
public struct ClippingError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong, e.g. "max_norm must be a finite number ≥ 0, got -1.0".
  public var message: String

  /// Creates the error.
  public init(message: String) { self.message = message }

  public var description: String { message }
}
