import DescentCore
import DescentJudging
import DescentReference
import DescentReports
import DescentWire

/// A training check: the student's minibatch SGD, with their own loss,
/// as `plan` says (``MinibatchPlan``), must reach the
/// reference's weights; with `heldOut`, the feedback scores those weights
/// on held-out data, and `minimumAccuracy` says what they must reach.
///
/// ```yaml
/// check:
///   kind: linear_training
///   trainer: sgd                    # the catalog's linearTrainers key
///   loss_routine: softmax_vectorized
///   loss: softmax
///   data: {generator: blobs, points_per_class: 50, classes: 3, dimension: 2, seed: 4, bias: true}
///   weights: {scale: 0.001, seed: 5}
///   learning_rate: 0.1
///   regularization: 0.001
///   batch_size: 16
///   epochs: 5
///   held_out: {generator: blobs, points_per_class: 30, classes: 3, dimension: 2, seed: 4, bias: true}
/// ```
public struct LinearTrainingParameters: Sendable, Equatable {
  /// The trainer's catalog name.
  public var trainer: String
  /// The catalog name of the student's loss it trains with.
  public var lossRoutine: String
  /// The loss the reference trains with.
  public var loss: LinearClassifierLoss
  /// X and y.
  public var data: DataSpecification
  /// W₀.
  public var weights: WeightsSpecification
  /// η, λ and the batches.
  public var plan: MinibatchPlan
  /// How close each entry of the final W must be.
  public var tolerance: ComparisonTolerance
  /// Data the final weights are scored on.
  public var heldOut: DataSpecification?
  /// The fraction of held-out examples they must classify right.
  public var minimumAccuracy: Double?

  /// The most steps (batches) an item may take.
  public static let maximumSteps = 100_000

  /// Creates the parameters.
  public init(
    trainer: String, lossRoutine: String, loss: LinearClassifierLoss, data: DataSpecification,
    weights: WeightsSpecification, plan: MinibatchPlan, tolerance: ComparisonTolerance = .standard,
    heldOut: DataSpecification? = nil, minimumAccuracy: Double? = nil
  ) {
    self.trainer = trainer
    self.lossRoutine = lossRoutine
    self.loss = loss
    self.data = data
    self.weights = weights
    self.plan = plan
    self.tolerance = tolerance
    self.heldOut = heldOut
    self.minimumAccuracy = minimumAccuracy
  }

  var task: LinearTrainingTask {
    LinearTrainingTask(trainer: trainer, loss: lossRoutine, data: data, weights: weights, plan: plan)
  }
}

extension LinearTrainingParameters: CheckDefinition {
  public static let kind = LinearTrainingExpectation.kind
  public static let fieldNames = [
    "trainer", "loss_routine", "loss", "data", "weights", "learning_rate", "regularization", "batch_size", "epochs",
    "seed", "tolerance", "held_out", "minimum_accuracy",
  ]

  public init(reading fields: CheckFields) throws(RubricError) {
    let trainer = try fields.routine(named: "trainer")
    let data = try fields.data()
    let heldOut = try fields["held_out"].map { _ throws(RubricError) in try fields.data("held_out") }
    if let heldOut, heldOut.featureCount != data.featureCount || heldOut.classes != data.classes {
      throw fields.error("\(fields.field.path).held_out must have the features and classes of data")
    }
    let minimumAccuracy = try fields["minimum_accuracy"].map { field throws(RubricError) -> Double in
      let value = try field.number()
      guard (0...1).contains(value) else { throw field.mismatch("a fraction from 0 to 1") }
      return value
    }
    if minimumAccuracy != nil, heldOut == nil {
      throw fields.error("\(fields.field.path).minimum_accuracy needs held_out data to score")
    }
    self.init(
      trainer: trainer, lossRoutine: try fields.routine(named: "loss_routine"), loss: try fields.linearLoss(),
      data: data, weights: try fields.weights(for: data),
      plan: try fields.minibatchPlan(over: data, maximumSteps: Self.maximumSteps), tolerance: try fields.tolerance(),
      heldOut: heldOut, minimumAccuracy: minimumAccuracy)
  }

  public var tasks: [HarnessTask] { [.linearTraining(task)] }

  /// The reference's final weights and each classic mistake's.
  ///
  /// - Throws: when the reference's own weights miss `minimumAccuracy`: the
  ///   rubric asks for more than the method reaches.
  public func expectation() throws -> any CheckExpectation {
    let set = data.make()
    let start = weights.make()
    let batches = task.batches
    func train(_ training: LinearClassifierMistakes.Training) throws -> [[Double]] {
      try training(loss, start, set, plan.learningRate, plan.regularization, batches).nestedRows
    }
    let trained = try train(LinearClassifierMistakes.training)
    if let heldOut, let minimumAccuracy,
      let accuracy = LinearTrainingExpectation.accuracy(of: trained, on: heldOut), accuracy < minimumAccuracy
    {
      throw CheckInputError(
        "the reference's weights classify only \(accuracy) of the held-out examples, below minimum_accuracy"
          + " \(minimumAccuracy)")
    }
    return LinearTrainingExpectation(
      trainer: trainer, steps: batches.count, weights: trained, tolerance: tolerance, heldOut: heldOut,
      minimumAccuracy: minimumAccuracy,
      mistakes: LinearClassifierMistakes.trainingMistakes.compactMap { known in
        (try? train(known.routine)).map { MistakeAnswers(mistake: known.named, answers: $0) }
      })
  }
}

extension CheckSpecification {
  /// A training check.
  public static func linearTraining(_ parameters: LinearTrainingParameters) -> Self { Self(parameters) }
}
