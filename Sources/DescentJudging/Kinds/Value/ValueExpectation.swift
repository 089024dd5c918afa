import DescentWire

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

extension ValueExpectation: CheckExpectation {
  public static let kind = "value"

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    ValueJudge(expectation: self).verdict(from: results)
  }
}

extension ItemExpectation {
  /// A value item's expectation.
  public static func value(_ expectation: ValueExpectation) -> Self { Self(expectation) }
}
