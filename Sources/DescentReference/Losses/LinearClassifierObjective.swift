import DescentCore

/// A linear classifier's loss on a fixed batch as a function of its weights,
/// f(w) = L(W) with w = W's scalars in row-major order (D·C of them), so
/// that gradient checks and optimizers can treat it as any other
/// ``Objective``.
public struct LinearClassifierObjective: Objective {
  /// Which loss.
  public let loss: LinearClassifierLoss
  /// X, N×D.
  public let inputs: Matrix
  /// y.
  public let labels: [Int]
  /// C.
  public let classes: Int
  /// λ.
  public let regularization: Double

  /// D·C.
  public var dimension: Int { inputs.columns * classes }

  /// The loss on (X, y) over weights of shape D×C.
  ///
  /// - Throws: ``LossError`` for an empty batch, C < 1, labels not one per
  ///   row or out of 0..<C, a negative λ.
  public init(
    loss: LinearClassifierLoss, inputs: Matrix, labels: [Int], classes: Int, regularization: Double
  ) throws(LossError) {
    guard classes >= 1 else {
      throw .shape(
        ShapeError(
          operation: "weights W", left: inputs.shape, right: Shape(rows: inputs.columns, columns: classes),
          reason: "W needs at least one class (column), got \(classes)"))
    }
    let weights = Matrix(rows: inputs.columns, columns: classes)
    try LinearClassifierBatch.validate(
      weights: weights, inputs: inputs, labels: labels, penalty: .l2(regularization))
    self.loss = loss
    self.inputs = inputs
    self.labels = labels
    self.classes = classes
    self.regularization = regularization
  }

  /// W from w, or nil when w has the wrong length.
  public func weights(_ x: [Double]) -> Matrix? {
    try? Matrix(rows: inputs.columns, columns: classes, scalars: x)
  }

  /// L(W), without forming dW: the same bits as the loss of
  /// ``LinearClassifierLoss/lossAndGradient(weights:inputs:labels:regularization:)``;
  /// NaN when x does not have D·C entries.
  public func value(at x: [Double]) -> Double {
    guard let w = weights(x), let scores = try? inputs.matmul(w) else { return .nan }
    return loss.dataLoss(scores: scores, labels: labels) + WeightPenalty.l2(regularization).value(w)
  }

  /// dW in row-major order; NaNs when x does not have D·C entries.
  public func gradient(at x: [Double]) -> [Double] {
    evaluate(x)?.gradient.scalars ?? [Double](repeating: .nan, count: dimension)
  }

  private func evaluate(_ x: [Double]) -> LossAndGradient? {
    guard let w = weights(x) else { return nil }
    return try? loss.lossAndGradient(weights: w, inputs: inputs, labels: labels, regularization: regularization)
  }
}
