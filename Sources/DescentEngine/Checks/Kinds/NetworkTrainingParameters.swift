import DescentCore
import DescentJudging
import DescentReference
import DescentReports
import DescentWire

/// A network-training check: the student's minibatch SGD with their network
/// loss, over the grader's batches, must reach the reference's parameters,
/// and those must classify `minimumAccuracy` of the held-out examples.
///
/// ```yaml
/// check:
///   kind: network_training
///   trainer: sgd                     # the catalog's networkTrainers key
///   loss_routine: two_layer          # the networkLosses key it trains with
///   data: {generator: spirals, points_per_class: 100, classes: 3, seed: 1}
///   network: {hidden: 50, scale: 0.1, seed: 2}
///   learning_rate: 1.0
///   regularization: 0.001
///   batch_size: 50
///   epochs: 100
///   held_out: {generator: spirals, points_per_class: 50, classes: 3, seed: 9}
///   minimum_accuracy: 0.9
/// ```
public struct NetworkTrainingParameters: Sendable, Equatable {
  /// The task the student's process runs.
  public var task: NetworkTrainingTask
  /// How close each final parameter must be.
  public var tolerance: ComparisonTolerance
  /// The data the final parameters are scored on.
  public var heldOut: DataSpecification
  /// The fraction of held-out examples they must classify right.
  public var minimumAccuracy: Double

  /// Creates the parameters.
  public init(
    task: NetworkTrainingTask, tolerance: ComparisonTolerance = .standard, heldOut: DataSpecification,
    minimumAccuracy: Double
  ) {
    self.task = task
    self.tolerance = tolerance
    self.heldOut = heldOut
    self.minimumAccuracy = minimumAccuracy
  }

  /// The most steps (batches) a training item may take.
  static let maximumSteps = 20_000
}

extension NetworkTrainingParameters: CheckDefinition {
  public static let kind = NetworkTrainingExpectation.kind
  public static let fieldNames = [
    "trainer", "loss_routine", "data", "network", "learning_rate", "regularization", "batch_size", "epochs", "seed",
    "tolerance", "held_out", "minimum_accuracy",
  ]

  public init(reading fields: CheckFields) throws(RubricError) {
    let data = try fields.data()
    let heldOut = try fields.data("held_out")
    guard heldOut.featureCount == data.featureCount, heldOut.classes == data.classes else {
      throw fields.error("\(fields.field.path).held_out must have the features and classes of data")
    }
    let accuracyField = try fields.required("minimum_accuracy")
    let minimumAccuracy = try accuracyField.number()
    guard (0...1).contains(minimumAccuracy) else { throw accuracyField.mismatch("a fraction from 0 to 1") }
    let task = NetworkTrainingTask(
      trainer: try fields.routine(named: "trainer"), loss: try fields.routine(named: "loss_routine"), data: data,
      network: try fields.network(for: data),
      plan: try fields.minibatchPlan(over: data, maximumSteps: Self.maximumSteps))
    self.init(task: task, tolerance: try fields.tolerance(), heldOut: heldOut, minimumAccuracy: minimumAccuracy)
  }

  public var tasks: [HarnessTask] { [.networkTraining(task)] }

  /// The reference's final parameters, and those of gradient ascent.
  ///
  /// - Throws: when the reference's own parameters miss `minimumAccuracy`:
  ///   the rubric asks for more than the method reaches.
  public func expectation() throws -> any CheckExpectation {
    let set = task.data.make()
    let start = task.network.make()
    let batches = task.batches
    let shape = NetworkShape(of: task.network)
    func train(_ learningRate: Double) throws -> [Double] {
      try TwoLayerNetworkTraining.train(
        start, data: set, learningRate: learningRate, regularization: task.plan.regularization, batches: batches
      ).flattened
    }
    let trained = try train(task.plan.learningRate)
    let accuracy = NetworkTrainingExpectation.accuracy(of: trained, shape: shape, on: heldOut) ?? 0
    guard accuracy >= minimumAccuracy else {
      throw CheckInputError(
        "the reference's parameters classify only \(accuracy) of the held-out examples, below minimum_accuracy"
          + " \(minimumAccuracy)")
    }
    let ascent = NetworkLossMistakes.trainingAscent
    return NetworkTrainingExpectation(
      trainer: task.trainer, steps: batches.count, shape: shape, parameters: trained, tolerance: tolerance,
      heldOut: heldOut, minimumAccuracy: minimumAccuracy,
      mistakes: (try? train(ascent.routine(task.plan.learningRate))).map {
        [MistakeAnswers(mistake: ascent.named, answers: $0)]
      } ?? [])
  }
}

extension CheckSpecification {
  /// A network-training check.
  public static func networkTraining(_ parameters: NetworkTrainingParameters) -> Self { Self(parameters) }
}
