import DescentCore
import DescentJudging
import DescentReference
import DescentReports
import DescentWire

/// A prediction check: the student's predictor at seeded weights must give
/// each example's argmax of X·W (the first, on a tie); the feedback reports
/// the accuracy against the data's true classes.
///
/// ```yaml
/// check:
///   kind: linear_prediction
///   routine: predict                # the catalog's linearPredictors key
///   data: {generator: blobs, points_per_class: 40, classes: 4, dimension: 3, seed: 8, bias: true}
///   weights: {scale: 1.0, seed: 9}
/// ```
public struct LinearPredictionParameters: Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// X (and y).
  public var data: DataSpecification
  /// W.
  public var weights: WeightsSpecification

  /// Creates the parameters.
  public init(routine: String, data: DataSpecification, weights: WeightsSpecification) {
    self.routine = routine
    self.data = data
    self.weights = weights
  }
}

extension LinearPredictionParameters: CheckDefinition {
  public static let kind = LinearPredictionExpectation.kind
  public static let fieldNames = ["routine", "data", "weights"]

  public init(reading fields: CheckFields) throws(RubricError) {
    let data = try fields.data()
    self.init(routine: try fields.routine(), data: data, weights: try fields.weights(for: data))
  }

  public var tasks: [HarnessTask] {
    [.linearPrediction(LinearPredictionTask(routine: routine, data: data, weights: weights))]
  }

  /// The reference's classes, the true labels, and each classic mistake's classes.
  public func expectation() throws -> any CheckExpectation {
    let set = data.make()
    let w = weights.make()
    return LinearPredictionExpectation(
      routine: routine, classes: try LinearClassifierMistakes.prediction(w, set.features), labels: set.labels,
      mistakes: LinearClassifierMistakes.predictionMistakes.compactMap { known in
        (try? known.routine(w, set.features)).map { MistakeAnswers(mistake: known.named, answers: $0) }
      })
  }
}

extension CheckSpecification {
  /// A prediction check.
  public static func linearPrediction(_ parameters: LinearPredictionParameters) -> Self { Self(parameters) }
}
