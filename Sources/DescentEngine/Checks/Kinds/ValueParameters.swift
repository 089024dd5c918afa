import DescentCore
import DescentJudging
import DescentWire

/// A value check of one of the student's functions.
public struct ValueParameters: Sendable, Equatable {
  /// The function's name.
  public var function: String
  /// The points at which to evaluate, all of one dimension.
  public var points: [[Double]]
  /// How close each value must be.
  public var tolerance: ComparisonTolerance
  /// `none` or `perPoint`.
  public var partialCredit: PartialCredit

  /// Creates the parameters.
  public init(
    function: String, points: [[Double]], tolerance: ComparisonTolerance = .standard,
    partialCredit: PartialCredit = .none
  ) {
    self.function = function
    self.points = points
    self.tolerance = tolerance
    self.partialCredit = partialCredit
  }
}

extension ValueParameters: CheckDefinition {
  public static let kind = ValueExpectation.kind
  public static let fieldNames = ["function", "points", "tolerance", "partial_credit"]

  public init(reading fields: CheckFields) throws(RubricError) {
    let (function, points) = try fields.function()
    self.init(
      function: function, points: points, tolerance: try fields.tolerance(),
      partialCredit: try fields.partialCredit(allowed: [.none, .perPoint]))
  }

  public var tasks: [HarnessTask] {
    [.evaluation(EvaluationTask(function: function, points: points, includesGradient: false))]
  }

  /// The reference's value at each point.
  public func expectation() throws -> any CheckExpectation {
    let reference = try ReferenceCatalog.function(named: function, dimension: points.first?.count ?? 0)
    return ValueExpectation(
      function: function, points: points, values: points.map { reference.value(at: $0) }, tolerance: tolerance,
      creditsPerPoint: partialCredit == .perPoint)
  }
}

extension CheckSpecification {
  /// A value check.
  public static func value(_ parameters: ValueParameters) -> Self { Self(parameters) }
}
