import DescentCore

/// The checks every linear-classifier loss makes before computing:
/// X is N×D with N ≥ 1, W is D×C, y holds N labels in 0..<C, λ ≥ 0.
///
/// Shapes are checked before values, so a mismatch is reported as shapes,
/// never as a wrong number.
enum LinearClassifierBatch {
  /// Throws the first problem found, naming the shapes or the label.
  static func validate(
    weights: Matrix, inputs: Matrix, labels: [Int], penalty: WeightPenalty
  ) throws(LossError) {
    guard inputs.rows > 0 else { throw .emptyBatch(inputs: inputs.shape) }
    guard inputs.columns == weights.rows else {
      throw .shape(
        ShapeError(
          operation: "scores X·W", left: inputs.shape, right: weights.shape,
          reason: "X has \(inputs.columns) columns, W has \(weights.rows) rows; both must be D"))
    }
    try validate(labels: labels, examples: inputs.rows, classes: weights.columns)
    try penalty.validate()
  }

  /// L and dW of the vectorized form every linear-classifier loss shares:
  /// S = X·W, the data loss and ∂L/∂S from `scoreLoss`, then
  /// dW = Xᵀ·(∂L/∂S) + ∂penalty/∂W and L = data loss + penalty.
  ///
  /// - Throws: ``LossError`` from ``validate(weights:inputs:labels:penalty:)``.
  static func lossAndGradient(
    weights: Matrix, inputs: Matrix, labels: [Int], penalty: WeightPenalty,
    scoreLoss: (_ scores: Matrix, _ labels: [Int]) -> (loss: Double, scoreGradient: Matrix)
  ) throws(LossError) -> LossAndGradient {
    try validate(weights: weights, inputs: inputs, labels: labels, penalty: penalty)
    do throws(ShapeError) {
      let scores = try inputs.matmul(weights)
      let data = scoreLoss(scores, labels)
      var gradient = try Matrix.transposedProduct(inputs, data.scoreGradient)
      penalty.accumulateGradient(weights, into: &gradient)
      return LossAndGradient(loss: data.loss + penalty.value(weights), gradient: gradient)
    } catch {
      throw .shape(error)
    }
  }

  /// Throws unless `labels` has `examples` entries, each in 0..<`classes`.
  static func validate(labels: [Int], examples: Int, classes: Int) throws(LossError) {
    guard labels.count == examples else { throw .labelCount(labels: labels.count, examples: examples) }
    if let index = labels.firstIndex(where: { $0 < 0 || $0 >= classes }) {
      throw .labelOutOfRange(index: index, label: labels[index], classes: classes)
    }
  }
}
