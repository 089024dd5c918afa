import DescentCore

/// The classic wrong gradient clippings, per rule asked:
///
/// | id                         | asked | what the student wrote                                        |
/// |----------------------------|-------|---------------------------------------------------------------|
/// | clip-norm-always-rescales  | norm  | g · c/‖g‖ whatever ‖g‖: short gradients are stretched to norm c |
/// | clip-norm-by-value         | norm  | each entry clamped to [−c, c]: the direction changes           |
/// | clip-value-upper-only      | value | min(gᵢ, c): large negative entries pass                        |
/// | clip-value-by-norm         | value | the whole gradient rescaled to norm c                          |
public enum ClippingMistakes {
  /// A clipping: the gradient and the threshold → the clipped gradient.
  public typealias Routine = @Sendable (_ gradient: [Double], _ threshold: Double) throws -> [Double]

  /// The mistakes of clipping by `rule` (`norm` or `value`).
  public static func mistakes(of rule: String) -> [RoutineMistake<Routine>] {
    rule == "norm" ? [normAlwaysRescales, normByValue] : [valueUpperOnly, valueByNorm]
  }

  static let normAlwaysRescales = RoutineMistake<Routine>(
    id: "clip-norm-always-rescales", title: "every gradient rescaled to norm c, short ones stretched",
    fix: "Scale by min(1, c/(‖g‖ + 1e-6)): a gradient already shorter than c passes unchanged.",
    routine: { gradient, threshold in
      let norm = try GradientNormClipping(maxNorm: threshold).norm(of: gradient)
      return gradient.map { $0 * threshold / (norm + GradientNormClipping.epsilon) }
    })

  static let normByValue = RoutineMistake<Routine>(
    id: "clip-norm-by-value", title: "each entry clamped to [−c, c] where clipping by norm was asked",
    fix: "Clip the whole vector: g · min(1, c/(‖g‖ + 1e-6)) keeps its direction.",
    routine: { gradient, threshold in try GradientValueClipping(clipValue: threshold).clip(gradient) })

  static let valueUpperOnly = RoutineMistake<Routine>(
    id: "clip-value-upper-only", title: "entries clamped from above only",
    fix: "Clamp on both sides: max(−c, min(gᵢ, c)).",
    routine: { gradient, threshold in gradient.map { min($0, threshold) } })

  static let valueByNorm = RoutineMistake<Routine>(
    id: "clip-value-by-norm", title: "the gradient rescaled by its norm where clipping by value was asked",
    fix: "Clamp each entry on its own: max(−c, min(gᵢ, c)).",
    routine: { gradient, threshold in try GradientNormClipping(maxNorm: threshold).clip(gradient) })
}
