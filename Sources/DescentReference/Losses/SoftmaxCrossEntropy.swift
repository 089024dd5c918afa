import DescentCore
import Foundation

/// Softmax cross-entropy of a linear classifier, in the CS231n convention:
/// X is N×D, W is D×C, scores S = X·W, and
///
/// ```
/// Lᵢ = −log( e^{S[i, yᵢ]} / Σⱼ e^{S[i, j]} ) = log Σⱼ e^{S[i, j]} − S[i, yᵢ]
/// L  = (1/N)·Σᵢ Lᵢ + λ·ΣW²
/// ∂L/∂S[i, j] = (pᵢⱼ − 1[j = yᵢ]) / N,   pᵢⱼ = e^{S[i, j]} / Σₖ e^{S[i, k]}
/// dW = Xᵀ·(∂L/∂S) + 2λ·W
/// ```
///
/// Numerically stable: each row's log Σⱼ e^{S[i, j]} is computed as
/// mᵢ + log Σⱼ e^{S[i, j] − mᵢ} with mᵢ = maxⱼ S[i, j] (log-sum-exp), so
/// scores in the tens of thousands neither overflow nor lose the loss.
/// The same as torch's `F.cross_entropy(X @ W, y) + reg * (W**2).sum()`.
public enum SoftmaxCrossEntropy {
  /// L and dW for weights W (D×C) on inputs X (N×D) with labels y and an L2 penalty λ.
  ///
  /// - Throws: ``LossError`` for mismatched shapes, a label out of 0..<C, an
  ///   empty batch or a negative λ.
  public static func lossAndGradient(
    weights: Matrix, inputs: Matrix, labels: [Int], regularization: Double
  ) throws(LossError) -> LossAndGradient {
    try lossAndGradient(weights: weights, inputs: inputs, labels: labels, penalty: .l2(regularization))
  }

  /// L and dW with any ``WeightPenalty`` (L1 or L2).
  ///
  /// - Throws: ``LossError`` as the L2 form does.
  public static func lossAndGradient(
    weights: Matrix, inputs: Matrix, labels: [Int], penalty: WeightPenalty
  ) throws(LossError) -> LossAndGradient {
    try LinearClassifierBatch.lossAndGradient(
      weights: weights, inputs: inputs, labels: labels, penalty: penalty, scoreLoss: scoreLossAndGradient)
  }

  /// The loss alone, without forming dW.
  ///
  /// - Throws: ``LossError`` as ``lossAndGradient(weights:inputs:labels:regularization:)`` does.
  public static func loss(
    weights: Matrix, inputs: Matrix, labels: [Int], regularization: Double
  ) throws(LossError) -> Double {
    let penalty = WeightPenalty.l2(regularization)
    try LinearClassifierBatch.validate(weights: weights, inputs: inputs, labels: labels, penalty: penalty)
    do throws(ShapeError) {
      let scores = try inputs.matmul(weights)
      return meanLoss(scores: scores, labels: labels) + penalty.value(weights)
    } catch {
      throw .shape(error)
    }
  }

  /// log Σⱼ e^{vⱼ}, computed as m + log Σⱼ e^{vⱼ − m} with m = maxⱼ vⱼ.
  /// −∞ for an empty vector.
  public static func logSumExp(_ values: some Collection<Double>) -> Double {
    guard let largest = values.max(), largest.isFinite else { return values.max() ?? -.infinity }
    var sum = 0.0
    for value in values { sum += exp(value - largest) }
    return largest + log(sum)
  }

  /// (1/N)·Σᵢ Lᵢ over the rows of `scores` (labels checked by the caller),
  /// with the arithmetic of ``scoreLossAndGradient(scores:labels:)`` step for
  /// step, so that ``loss(weights:inputs:labels:regularization:)`` and the
  /// loss of ``lossAndGradient(weights:inputs:labels:regularization:)`` are
  /// the same bits.
  static func meanLoss(scores: Matrix, labels: [Int]) -> Double {
    let (n, c) = (scores.rows, scores.columns)
    var total = 0.0
    scores.scalars.withUnsafeBufferPointer { s in
      for i in 0..<n {
        let row = i * c
        var largest = -Double.infinity
        for j in 0..<c { largest = max(largest, s[row + j]) }
        var sum = 0.0
        for j in 0..<c { sum += exp(s[row + j] - largest) }
        total += (largest + log(sum)) - s[row + labels[i]]
      }
    }
    return total * (1 / Double(n))
  }

  /// (1/N)·Σᵢ Lᵢ and ∂L/∂S for scores S (N×C) with labels in 0..<C,
  /// checked by the caller. Shared with ``TwoLayerNetwork``.
  static func scoreLossAndGradient(scores: Matrix, labels: [Int]) -> (loss: Double, scoreGradient: Matrix) {
    let (n, c) = (scores.rows, scores.columns)
    let scale = 1 / Double(n)
    var gradient = Matrix(rows: n, columns: c)
    var total = 0.0
    var shifted = [Double](repeating: 0, count: c)
    for i in 0..<n {
      var largest = -Double.infinity
      for j in 0..<c { largest = max(largest, scores[i, j]) }
      var sum = 0.0
      for j in 0..<c {
        shifted[j] = exp(scores[i, j] - largest)
        sum += shifted[j]
      }
      let logNormalizer = largest + log(sum)
      total += logNormalizer - scores[i, labels[i]]
      for j in 0..<c { gradient[i, j] = shifted[j] / sum * scale }
      gradient[i, labels[i]] -= scale
    }
    return (total * scale, gradient)
  }
}
