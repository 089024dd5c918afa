import DescentCore

/// Minibatch SGD for the two-layer network, as the lecture's training loop
/// writes it:
///
/// ```
/// for each batch B (index lists, in the order given):
///   L, ∇θ = loss(θ, X[B], y[B], λ)        θ = (W1, b1, W2, b2)
///   θ ← θ − η·∇θ
/// ```
public enum TwoLayerNetworkTraining {
  /// The parameters after one step per batch from `network`, stepping with
  /// `learningRate` (negative for the mistake catalog's ascent).
  ///
  /// - Throws: the loss's error, or ``ShapeError`` for a batch index outside the data.
  public static func train(
    _ network: NetworkParameters, data: LabeledData, learningRate: Double, regularization: Double,
    batches: [[Int]]
  ) throws -> NetworkParameters {
    var current = network
    for batch in batches {
      let model = try TwoLayerNetwork(current)
      let gradients = try model.lossAndGradients(
        inputs: try data.features.selectingRows(batch), labels: batch.map { data.labels[$0] },
        regularization: regularization
      ).gradients
      current.w1 = try current.w1.combining(gradients.w1, "W1 − η·dW1") { $0 - learningRate * $1 }
      current.b1 = zip(current.b1, gradients.b1).map { $0 - learningRate * $1 }
      current.w2 = try current.w2.combining(gradients.w2, "W2 − η·dW2") { $0 - learningRate * $1 }
      current.b2 = zip(current.b2, gradients.b2).map { $0 - learningRate * $1 }
    }
    return current
  }
}
