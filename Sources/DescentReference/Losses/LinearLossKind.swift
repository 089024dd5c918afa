import DescentCore

/// The course's two linear-classifier losses, by the names rubrics and the
/// command line use.
public enum LinearLossKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// Softmax cross-entropy (``SoftmaxCrossEntropy``).
  case softmax
  /// The multiclass SVM hinge loss with margin 1 (``MulticlassSVM``).
  case svm

  /// L and dW, vectorized, with an L2 penalty λ.
  ///
  /// - Throws: ``LossError`` for mismatched shapes, a label out of range, an
  ///   empty batch or a negative λ.
  public func lossAndGradient(
    weights: Matrix, inputs: Matrix, labels: [Int], regularization: Double
  ) throws(LossError) -> LossAndGradient {
    switch self {
    case .softmax:
      try SoftmaxCrossEntropy.lossAndGradient(
        weights: weights, inputs: inputs, labels: labels, regularization: regularization)
    case .svm:
      try MulticlassSVM.lossAndGradient(
        weights: weights, inputs: inputs, labels: labels, regularization: regularization)
    }
  }
}
