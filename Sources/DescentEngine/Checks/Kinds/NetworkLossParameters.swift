import DescentCore
import DescentJudging
import DescentReference
import DescentReports
import DescentWire

/// A network-loss check: the student's forward and backward pass of the
/// two-layer network on a seeded data set at seeded parameters must give
/// the reference's L and every gradient entry, and the gradients must agree
/// with centered differences of the student's own loss at `gradientProbes`
/// seeded entries.
///
/// ```yaml
/// check:
///   kind: network_loss
///   routine: two_layer               # the catalog's networkLosses key
///   data: {generator: spirals, points_per_class: 20, classes: 3, seed: 1}
///   network: {hidden: 8, scale: 0.5, seed: 2}
///   regularization: 0.01
///   gradient_probes: 10
/// ```
public struct NetworkLossParameters: Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// X and y.
  public var data: DataSpecification
  /// W1, b1, W2, b2.
  public var network: NetworkSpecification
  /// λ.
  public var regularization: Double
  /// How close L and each gradient entry must be.
  public var tolerance: ComparisonTolerance
  /// How many entries the student's own loss is differenced at.
  public var gradientProbes: Int
  /// h for those differences.
  public var step: Double
  /// The largest relative error between a gradient entry and its difference.
  public var threshold: Double
  /// Seeds the choice of entries.
  public var seed: UInt64

  /// Creates the parameters.
  public init(
    routine: String, data: DataSpecification, network: NetworkSpecification, regularization: Double,
    tolerance: ComparisonTolerance = .standard, gradientProbes: Int = 0, step: Double = 1e-5,
    threshold: Double = 1e-6, seed: UInt64 = 0
  ) {
    self.routine = routine
    self.data = data
    self.network = network
    self.regularization = regularization
    self.tolerance = tolerance
    self.gradientProbes = gradientProbes
    self.step = step
    self.threshold = threshold
    self.seed = seed
  }

  /// The flattened entries the student's loss is differenced at, drawn from `seed`.
  var probes: [Int] { OwnDifferenceFields.indices(gradientProbes, of: network.parameterCount, seed: seed) }
}

extension NetworkLossParameters: CheckDefinition {
  public static let kind = NetworkLossExpectation.kind
  public static let fieldNames = [
    "routine", "data", "network", "regularization", "tolerance", "gradient_probes", "step", "threshold", "seed",
  ]

  public init(reading fields: CheckFields) throws(RubricError) {
    let data = try fields.data()
    let (routine, network) = (try fields.routine(), try fields.network(for: data))
    let regularization = try fields.required("regularization").nonNegativeNumber()
    let tolerance = try fields.tolerance()
    let differences = try fields.ownDifferences()
    self.init(
      routine: routine, data: data, network: network, regularization: regularization, tolerance: tolerance,
      gradientProbes: differences.probes, step: differences.step, threshold: differences.threshold,
      seed: differences.seed)
  }

  /// L and the gradients at θ; then, with probes, L at θ ± h·e for each probed entry.
  public var tasks: [HarnessTask] {
    let evaluation = NetworkLossTask(routine: routine, data: data, network: network, regularization: regularization)
    guard gradientProbes > 0 else { return [.networkLoss(evaluation)] }
    var differenced = evaluation
    differenced.displacements = probes.flatMap { index in
      [ParameterDisplacement(index: index, amount: step), ParameterDisplacement(index: index, amount: -step)]
    }
    return [.networkLoss(evaluation), .networkLoss(differenced)]
  }

  /// The reference's L and gradients, and each classic mistake's.
  public func expectation() throws -> any CheckExpectation {
    let set = data.make()
    let model = try TwoLayerNetwork(network.make())
    let right = try model.lossAndGradients(inputs: set.features, labels: set.labels, regularization: regularization)
    return NetworkLossExpectation(
      routine: routine, shape: NetworkShape(of: network), value: right.loss,
      gradient: TwoLayerNetworkObjective.flatten(right.gradients), tolerance: tolerance, probes: probes, step: step,
      threshold: threshold,
      mistakes: NetworkLossMistakes.all.compactMap { known in
        guard let answer = try? known.routine(model, set.features, set.labels, regularization) else { return nil }
        return NetworkLossMistakeAnswer(
          mistake: known.named, value: answer.loss, gradient: TwoLayerNetworkObjective.flatten(answer.gradients))
      })
  }
}

extension CheckFields {
  /// The network `{hidden, scale, seed}` for `data`'s features and classes, in the field called `name`.
  func network(for data: DataSpecification, _ name: String = "network") throws(RubricError) -> NetworkSpecification {
    let field = try required(name)
    let fields = try field.mapping(allowed: ["hidden", "scale", "seed"])
    guard let hidden = fields["hidden"] else { throw field.error("\(field.path).hidden is missing") }
    guard let scale = fields["scale"] else { throw field.error("\(field.path).scale is missing") }
    return NetworkSpecification(
      inputs: data.featureCount, hidden: try hidden.positiveInteger(atMost: 1024), classes: data.classes,
      scale: try scale.nonNegativeNumber(), seed: try fields["seed"]?.seed() ?? defaults.seed)
  }
}

extension CheckSpecification {
  /// A network-loss check.
  public static func networkLoss(_ parameters: NetworkLossParameters) -> Self { Self(parameters) }
}
