import DescentCore

/// The multiclass SVM (hinge) loss of a linear classifier with margin Δ = 1,
/// in the CS231n convention: X is N×D, W is D×C, scores S = X·W, and
///
/// ```
/// Lᵢ = Σ_{j ≠ yᵢ} max(0, S[i, j] − S[i, yᵢ] + 1)
/// L  = (1/N)·Σᵢ Lᵢ + λ·ΣW²
/// ∂Lᵢ/∂W[:, j]  = 1[S[i, j] − S[i, yᵢ] + 1 > 0]·xᵢ            (j ≠ yᵢ)
/// ∂Lᵢ/∂W[:, yᵢ] = −(Σ_{j ≠ yᵢ} 1[S[i, j] − S[i, yᵢ] + 1 > 0])·xᵢ
/// dW = (1/N)·Σᵢ ∂Lᵢ/∂W + 2λ·W
/// ```
///
/// At a margin of exactly zero the hinge has a kink; the gradient taken
/// there is 0 (torch's `relu`). Two implementations that agree to rounding:
/// ``naiveLossAndGradient(weights:inputs:labels:regularization:)`` loops
/// over examples and classes as the lecture's `svm_loss_naive`, and
/// ``lossAndGradient(weights:inputs:labels:regularization:)`` is the
/// vectorized `svm_loss_vectorized` (one product for S, one for Xᵀ·∂L/∂S).
public enum MulticlassSVM {
  /// The margin Δ.
  public static let margin = 1.0

  /// L and dW, vectorized.
  ///
  /// - Throws: ``LossError`` for mismatched shapes, a label out of 0..<C, an
  ///   empty batch or a negative λ.
  public static func lossAndGradient(
    weights: Matrix, inputs: Matrix, labels: [Int], regularization: Double
  ) throws(LossError) -> LossAndGradient {
    try lossAndGradient(weights: weights, inputs: inputs, labels: labels, penalty: .l2(regularization))
  }

  /// L and dW, vectorized, with any ``WeightPenalty``.
  ///
  /// - Throws: ``LossError`` as the L2 form does.
  public static func lossAndGradient(
    weights: Matrix, inputs: Matrix, labels: [Int], penalty: WeightPenalty
  ) throws(LossError) -> LossAndGradient {
    try LinearClassifierBatch.lossAndGradient(
      weights: weights, inputs: inputs, labels: labels, penalty: penalty, scoreLoss: scoreLossAndGradient)
  }

  /// L and dW by explicit loops over examples i and classes j, adding xᵢ
  /// into the columns of dW one margin at a time.
  ///
  /// - Throws: ``LossError`` as the vectorized form does.
  public static func naiveLossAndGradient(
    weights: Matrix, inputs: Matrix, labels: [Int], regularization: Double
  ) throws(LossError) -> LossAndGradient {
    let penalty = WeightPenalty.l2(regularization)
    try LinearClassifierBatch.validate(weights: weights, inputs: inputs, labels: labels, penalty: penalty)
    let (n, d, c) = (inputs.rows, inputs.columns, weights.columns)
    var gradient = Matrix(rows: d, columns: c)
    var loss = 0.0
    for i in 0..<n {
      var scores = [Double](repeating: 0, count: c)
      for j in 0..<c {
        for p in 0..<d { scores[j] += inputs[i, p] * weights[p, j] }
      }
      let correct = scores[labels[i]]
      for j in 0..<c where j != labels[i] {
        let hinge = scores[j] - correct + Self.margin
        if hinge > 0 {
          loss += hinge
          for p in 0..<d {
            gradient[p, j] += inputs[i, p]
            gradient[p, labels[i]] -= inputs[i, p]
          }
        }
      }
    }
    loss /= Double(n)
    for p in 0..<d {
      for j in 0..<c { gradient[p, j] = gradient[p, j] / Double(n) + 2 * regularization * weights[p, j] }
    }
    return LossAndGradient(loss: loss + penalty.value(weights), gradient: gradient)
  }

  /// (1/N)·Σᵢ Lᵢ and ∂L/∂S for scores S (N×C), labels checked by the caller.
  static func scoreLossAndGradient(scores: Matrix, labels: [Int]) -> (loss: Double, scoreGradient: Matrix) {
    let (n, c) = (scores.rows, scores.columns)
    let scale = 1 / Double(n)
    var gradient = Matrix(rows: n, columns: c)
    var total = 0.0
    for i in 0..<n {
      let correct = scores[i, labels[i]]
      var violated = 0
      for j in 0..<c where j != labels[i] {
        let hinge = scores[i, j] - correct + Self.margin
        if hinge > 0 {
          total += hinge
          violated += 1
          gradient[i, j] = scale
        }
      }
      gradient[i, labels[i]] = -Double(violated) * scale
    }
    return (total * scale, gradient)
  }
}
