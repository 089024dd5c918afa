import DescentCore

/// A ``TwoLayerNetwork``'s loss on a fixed batch as a function of all its
/// parameters, flattened as θ = (W1, b1, W2, b2), each matrix row-major:
/// D·H + H + H·C + C entries.
public struct TwoLayerNetworkObjective: Objective {
  /// X, N×D.
  public let inputs: Matrix
  /// y.
  public let labels: [Int]
  /// H.
  public let hiddenWidth: Int
  /// C.
  public let classes: Int
  /// λ on W1 and W2.
  public let regularization: Double

  /// D·H + H + H·C + C.
  public var dimension: Int {
    NetworkParameters.entryCount(inputs: inputs.columns, hidden: hiddenWidth, classes: classes)
  }

  /// The network's loss on (X, y) with H hidden units and C classes.
  ///
  /// - Throws: ``LossError`` for an empty batch, bad labels or a negative λ.
  public init(
    inputs: Matrix, labels: [Int], hiddenWidth: Int, classes: Int, regularization: Double
  ) throws(LossError) {
    guard inputs.rows > 0 else { throw .emptyBatch(inputs: inputs.shape) }
    try LinearClassifierBatch.validate(labels: labels, examples: inputs.rows, classes: classes)
    try WeightPenalty.l2(regularization).validate()
    self.inputs = inputs
    self.labels = labels
    self.hiddenWidth = max(0, hiddenWidth)
    self.classes = classes
    self.regularization = regularization
  }

  /// θ = (W1, b1, W2, b2) flattened.
  public static func flatten(_ network: TwoLayerNetwork) -> [Double] {
    NetworkParameters(w1: network.w1, b1: network.b1, w2: network.w2, b2: network.b2).flattened
  }

  /// The gradients flattened in the same order as θ.
  public static func flatten(_ gradients: TwoLayerNetwork.Gradients) -> [Double] {
    NetworkParameters(w1: gradients.w1, b1: gradients.b1, w2: gradients.w2, b2: gradients.b2).flattened
  }

  /// The network θ describes; nil when θ has the wrong length.
  public func network(_ theta: [Double]) -> TwoLayerNetwork? {
    NetworkParameters(flattened: theta, inputs: inputs.columns, hidden: hiddenWidth, classes: classes)
      .flatMap { try? TwoLayerNetwork($0) }
  }

  /// L(θ); NaN when θ has the wrong length.
  public func value(at x: [Double]) -> Double {
    evaluate(x)?.loss ?? .nan
  }

  /// ∇L(θ) flattened as θ; NaNs when θ has the wrong length.
  public func gradient(at x: [Double]) -> [Double] {
    guard let gradients = evaluate(x)?.gradients else { return [Double](repeating: .nan, count: dimension) }
    return Self.flatten(gradients)
  }

  private func evaluate(_ x: [Double]) -> (loss: Double, gradients: TwoLayerNetwork.Gradients)? {
    guard let network = network(x) else { return nil }
    return try? network.lossAndGradients(inputs: inputs, labels: labels, regularization: regularization)
  }
}
