import DescentCore
import DescentJudging
import DescentWire

/// A gradient check of one of the student's hand-written functions.
public struct GradientParameters: Sendable, Equatable {
  /// The function's name (`himmelblau`).
  public var function: String
  /// The points at which to check, all of one dimension (random ones already drawn).
  public var points: [[Double]]
  /// Which derivatives to compare.
  public var method: GradientMethod
  /// The numeric-gradient step h.
  public var step: Double
  /// The largest relative error accepted.
  public var threshold: Double
  /// Seeds the choice of coordinates or directions.
  public var seed: UInt64
  /// `none` or `perPoint`.
  public var partialCredit: PartialCredit

  /// Creates the parameters.
  public init(
    function: String, points: [[Double]], method: GradientMethod = .full, step: Double = 1e-5,
    threshold: Double = 1e-6, seed: UInt64 = 0, partialCredit: PartialCredit = .none
  ) {
    self.function = function
    self.points = points
    self.method = method
    self.step = step
    self.threshold = threshold
    self.seed = seed
    self.partialCredit = partialCredit
  }
}

/// Which derivatives a gradient check compares.
public enum GradientMethod: Sendable, Equatable {
  /// Every partial derivative.
  case full
  /// `coordinates` partial derivatives per point, chosen with the check's seed.
  case sparse(coordinates: Int)
  /// One directional derivative ∇f·u per point along a random unit vector u.
  case directional
}

extension GradientParameters: CheckDefinition {
  public static let kind = GradientExpectation.kind
  public static let fieldNames = [
    "function", "points", "method", "coordinates", "step", "threshold", "seed", "partial_credit",
  ]

  public init(reading fields: CheckFields) throws(RubricError) {
    let (function, points) = try fields.function()
    let dimension = points.first?.count ?? 0
    let methodName = try fields["method"]?.choice(["full", "sparse", "directional"]) ?? "full"
    let method: GradientMethod
    switch methodName {
    case "sparse":
      guard let coordinates = fields["coordinates"] else {
        throw fields.error(
          "\(fields.field.path).coordinates is missing (method sparse checks that many coordinates per point)")
      }
      method = .sparse(
        coordinates: try coordinates.integer(in: 1...max(1, dimension), "an integer from 1 to \(dimension)"))
    default:
      if let coordinates = fields["coordinates"] {
        throw coordinates.error("\(coordinates.path) applies only to method sparse")
      }
      method = methodName == "directional" ? .directional : .full
    }
    self.init(
      function: function, points: points, method: method,
      step: try fields["step"]?.positiveNumber() ?? fields.defaults.step,
      threshold: try fields["threshold"]?.positiveNumber() ?? fields.defaults.threshold, seed: try fields.seed(),
      partialCredit: try fields.partialCredit(allowed: [.none, .perPoint]))
  }

  /// The gradients at the points, then the student's function at the
  /// probe points x ± h·v of ``GradientProbePlan``.
  public var tasks: [HarnessTask] {
    [
      .evaluation(EvaluationTask(function: function, points: points, includesGradient: true)),
      .evaluation(
        EvaluationTask(function: function, points: GradientProbePlan(self).evaluationPoints, includesGradient: false)),
    ]
  }

  /// The reference gradient at each point, and the probe directions along
  /// which the student's own function is differenced.
  public func expectation() throws -> any CheckExpectation {
    let reference = try ReferenceCatalog.function(named: function, dimension: points.first?.count ?? 0)
    return GradientExpectation(
      function: function, points: points, gradients: points.map { reference.gradient(at: $0) },
      probes: GradientProbePlan(self).probes.map { $0.map(\.direction) }, step: step, threshold: threshold,
      creditsPerPoint: partialCredit == .perPoint)
  }
}

extension CheckSpecification {
  /// A gradient check.
  public static func gradient(_ parameters: GradientParameters) -> Self { Self(parameters) }
}
