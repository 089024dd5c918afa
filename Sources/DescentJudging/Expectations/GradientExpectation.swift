/// The reference's side of a gradient check.
public struct GradientExpectation: Codable, Sendable, Equatable {
  /// The function's catalog name.
  public var function: String
  /// The points checked.
  public var points: [[Double]]
  /// The reference gradient at each point.
  public var gradients: [[Double]]
  /// The probe directions at each point (unit vectors, or one random direction).
  public var probes: [[[Double]]]
  /// The numeric-gradient step h.
  public var step: Double
  /// The largest relative error accepted.
  public var threshold: Double
  /// Whether each passing point earns its share of the points.
  public var creditsPerPoint: Bool

  /// Creates the expectation.
  public init(
    function: String, points: [[Double]], gradients: [[Double]], probes: [[[Double]]], step: Double,
    threshold: Double, creditsPerPoint: Bool
  ) {
    self.function = function
    self.points = points
    self.gradients = gradients
    self.probes = probes
    self.step = step
    self.threshold = threshold
    self.creditsPerPoint = creditsPerPoint
  }
}
