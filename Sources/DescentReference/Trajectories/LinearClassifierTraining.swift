import DescentCore

/// Minibatch SGD for a linear classifier, as the lecture's training loop
/// writes it:
///
/// ```
/// for each batch B (index lists, in the order given):
///   L, dW = loss(W, X[B], y[B], λ)
///   W ← W − η·dW
/// ```
///
/// The batches come from ``MinibatchOrder`` with the item's seed, so the
/// grader and a student's trainer step through the same examples.
public enum LinearClassifierTraining {
  /// A loss with its gradient: W, X, y, λ → L and dW.
  public typealias Loss = (Matrix, Matrix, [Int], Double) throws -> LossAndGradient

  /// The weights after one step per batch from `weights`.
  ///
  /// - Throws: the loss's error, or ``ShapeError`` for a batch index outside the data.
  public static func train(
    loss: Loss, weights: Matrix, data: LabeledData, learningRate: Double, regularization: Double, batches: [[Int]]
  ) throws -> Matrix {
    var current = weights
    for batch in batches {
      let gradient = try loss(
        current, try data.features.selectingRows(batch), batch.map { data.labels[$0] }, regularization
      ).gradient
      current = try descended(current, along: gradient, by: learningRate)
    }
    return current
  }

  /// W − η·dW, entry by entry.
  ///
  /// - Throws: ``ShapeError`` when dW is not of W's shape.
  static func descended(_ weights: Matrix, along gradient: Matrix, by learningRate: Double) throws(ShapeError)
    -> Matrix
  {
    try weights.combining(gradient, "W − η·dW") { w, g in w - learningRate * g }
  }
}
