import DescentCore
import DescentJudging
import DescentReference
import DescentReports
import DescentWire

/// A clipping check: the student's clipping of each gradient with threshold
/// c, compared with the reference's (torch's `clip_grad_norm_` with its
/// 1e-6, or `clip_grad_value_`).
///
/// ```yaml
/// check:
///   kind: clipping
///   routine: norm                 # the catalog's gradientClippers key
///   rule: norm                    # or value
///   threshold: 5.0
///   gradients: [[3.0, 4.0], [30.0, -40.0]]
/// ```
public struct ClippingParameters: Sendable, Equatable {
  /// The rules a clipping can follow.
  public static let rules = ["norm", "value"]

  /// The routine's catalog name.
  public var routine: String
  /// `norm` or `value`.
  public var rule: String
  /// c.
  public var threshold: Double
  /// The gradients to clip.
  public var gradients: [[Double]]
  /// How close each entry must be.
  public var tolerance: ComparisonTolerance
  /// `none` or `perPoint`.
  public var partialCredit: PartialCredit

  /// Creates the parameters.
  public init(
    routine: String, rule: String, threshold: Double, gradients: [[Double]],
    tolerance: ComparisonTolerance = .standard, partialCredit: PartialCredit = .none
  ) {
    self.routine = routine
    self.rule = rule
    self.threshold = threshold
    self.gradients = gradients
    self.tolerance = tolerance
    self.partialCredit = partialCredit
  }

  /// The reference's clipping by `rule` with threshold c.
  func reference() throws(ClippingError) -> any GradientClipping {
    rule == "norm"
      ? try GradientNormClipping(maxNorm: threshold) : try GradientValueClipping(clipValue: threshold)
  }
}

extension ClippingParameters: CheckDefinition {
  public static let kind = ClippingExpectation.kind
  public static let fieldNames = ["routine", "rule", "threshold", "gradients", "tolerance", "partial_credit"]

  public init(reading fields: CheckFields) throws(RubricError) {
    let gradientsField = try fields.required("gradients")
    self.init(
      routine: try fields.routine(), rule: try fields.required("rule").choice(Self.rules),
      threshold: try fields.required("threshold").positiveNumber(), gradients: try RubricPoints.read(gradientsField),
      tolerance: try fields.tolerance(), partialCredit: try fields.partialCredit(allowed: [.none, .perPoint]))
  }

  public var tasks: [HarnessTask] {
    [.clipping(ClippingTask(routine: routine, threshold: threshold, gradients: gradients))]
  }

  /// The reference's clipped gradients, and each classic mistake's.
  public func expectation() throws -> any CheckExpectation {
    let reference = try reference()
    return ClippingExpectation(
      routine: routine, rule: rule, threshold: threshold, gradients: gradients,
      clipped: gradients.map { reference.clip($0) }, tolerance: tolerance,
      creditsPerGradient: partialCredit == .perPoint,
      mistakes: try ClippingMistakes.mistakes(of: rule).map { known in
        MistakeAnswers(mistake: known.named, answers: try gradients.map { try known.routine($0, threshold) })
      })
  }

  /// Reported when no gradient is long enough to be clipped (or all are):
  /// a clipping that returns its input (or always clips) passes.
  public func lintFindings() throws -> [RubricLintFinding] {
    let reference = try reference()
    let changed = gradients.map { reference.clip($0) != $0 }
    guard changed.allSatisfy({ $0 }) || changed.allSatisfy({ !$0 }) else { return [] }
    let what = changed.first == true ? "every gradient is clipped" : "no gradient is clipped"
    return [
      RubricLintFinding(
        item: "",
        message: "\(what) at c = \(ComparisonText.value(threshold)), so a clipping that "
          + (changed.first == true ? "always clips" : "returns its input")
          + " may pass; add a gradient on the other side")
    ]
  }
}

extension CheckSpecification {
  /// A clipping check.
  public static func clipping(_ parameters: ClippingParameters) -> Self { Self(parameters) }
}
