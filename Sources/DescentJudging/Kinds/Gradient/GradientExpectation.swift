import DescentReports
import DescentWire

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

extension GradientExpectation: CheckExpectation {
  public static let kind = "gradient"

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    GradientJudge(expectation: self).verdict(from: results)
  }

  public func figures(tasks: [HarnessTask], results: [HarnessResult], verdict: Verdict) -> [Figure] {
    guard case .evaluations(_, let gradients?, _)? = results.first else { return [] }
    return [errorFigure(gradients: gradients)]
  }

  /// The relative error of each analytic gradient against the reference's.
  func errorFigure(gradients studentGradients: [[Double]]) -> Figure {
    let errors = zip(studentGradients, gradients).map { GradientAgreement.relativeError($0, $1) }
    let shown = errors.map { $0.isFinite ? max($0, 1e-17) : 1 }
    let indices = (1...max(1, errors.count)).map(Double.init)
    let student = zip(indices, shown).map { Figure.Point($0, $1) }
    let upper = Double(errors.count) + 0.5
    return Figure(
      title: "Relative error of your gradient at each checked point",
      x: Figure.Axis(label: "checked point", lower: 0.5, upper: upper),
      y: .spanning(shown + [threshold], label: "‖g − g_ref‖ / max(‖g‖, ‖g_ref‖)", isLogarithmic: true),
      series: [
        Figure.Series(
          name: "threshold", role: .threshold, points: [Figure.Point(0.5, threshold), Figure.Point(upper, threshold)]),
        Figure.Series(name: "your gradient", role: .student, points: student, marksPoints: true),
      ],
      caption: "Each point below the threshold line passes.")
  }
}

extension ItemExpectation {
  /// A gradient item's expectation.
  public static func gradient(_ expectation: GradientExpectation) -> Self { Self(expectation) }
}
