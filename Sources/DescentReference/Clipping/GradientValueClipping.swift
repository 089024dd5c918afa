/// Clipping by value: clamp each coordinate of the gradient to [−c, c].
///
/// ```
/// gᵢ ← min(max(gᵢ, −c), c)
/// ```
///
/// torch.nn.utils.clip_grad_value_(params, clip_value=c). Unlike clipping by
/// norm it changes the gradient's direction. A NaN stays NaN, as with
/// torch's `clamp`.
public struct GradientValueClipping: GradientClipping, Hashable {
  /// clip_value, c ≥ 0.
  public let clipValue: Double

  /// Clamping to [−`clipValue`, `clipValue`].
  ///
  /// - Throws: ``ClippingError`` unless `clipValue` is finite and ≥ 0.
  public init(clipValue: Double) throws(ClippingError) {
    guard clipValue.isFinite, clipValue >= 0 else {
      throw ClippingError(message: "clip_value must be a finite number ≥ 0, got \(clipValue)")
    }
    self.clipValue = clipValue
  }

  /// Each gᵢ clamped to [−c, c].
  public func clip(_ gradient: [Double]) -> [Double] {
    gradient.map { $0.isNaN ? $0 : min(max($0, -clipValue), clipValue) }
  }
}
