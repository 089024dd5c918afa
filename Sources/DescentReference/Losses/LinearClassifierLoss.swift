import DescentCore

/// The linear classifiers' losses by name, as rubrics (`loss: svm`) and
/// `descent reference loss --loss` name them.
public enum LinearClassifierLoss: String, Sendable, Hashable, CaseIterable, Codable {
  /// ``SoftmaxCrossEntropy``.
  case softmax
  /// ``MulticlassSVM`` (vectorized).
  case svm

  /// L and dW of this loss.
  ///
  /// - Throws: ``LossError`` for mismatched shapes, bad labels, an empty batch or a negative λ.
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

  /// (1/N)·Σᵢ Lᵢ for scores S = X·W (labels checked by the caller): the data
  /// term of ``lossAndGradient(weights:inputs:labels:regularization:)``'s loss, same arithmetic.
  func dataLoss(scores: Matrix, labels: [Int]) -> Double {
    switch self {
    case .softmax: SoftmaxCrossEntropy.meanLoss(scores: scores, labels: labels)
    case .svm: MulticlassSVM.scoreLossAndGradient(scores: scores, labels: labels).loss
    }
  }
}
