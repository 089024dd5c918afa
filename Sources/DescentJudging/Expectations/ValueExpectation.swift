/// The reference's side of a value check.
public struct ValueExpectation: Codable, Sendable, Equatable {
  /// The function's catalog name.
  public var function: String
  /// The points evaluated.
  public var points: [[Double]]
  /// The reference's value at each point.
  public var values: [Double]
  /// How close each value must be.
  public var tolerance: ComparisonTolerance
  /// Whether each passing point earns its share of the points.
  public var creditsPerPoint: Bool

  /// Creates the expectation.
  public init(
    function: String, points: [[Double]], values: [Double], tolerance: ComparisonTolerance, creditsPerPoint: Bool
  ) {
    self.function = function
    self.points = points
    self.values = values
    self.tolerance = tolerance
    self.creditsPerPoint = creditsPerPoint
  }
}
