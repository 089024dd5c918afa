import DescentContract

/// Softmax cross-entropy with loops over examples and classes, each row's
/// scores shifted by their maximum before exponentiating:
///
/// ```
/// Lᵢ = log Σⱼ e^{sⱼ − m} − (s_yᵢ − m),   m = maxⱼ sⱼ
/// ∂L/∂sⱼ = (pⱼ − 1[j = yᵢ]) / N,   pⱼ = e^{sⱼ − m} / Σₖ e^{sₖ − m}
/// ```
func softmaxLossNaive(
  _ weights: Matrix, _ inputs: Matrix, _ labels: [Int], regularization: Double
) throws -> (loss: Double, gradient: Matrix) {
  // TODO: loop over examples and classes; shift each row by its maximum score.
  throw NotImplemented()
}

/// Softmax cross-entropy without loops over examples' features: the scores
/// from one product, dW from another.
func softmaxLossVectorized(
  _ weights: Matrix, _ inputs: Matrix, _ labels: [Int], regularization: Double
) throws -> (loss: Double, gradient: Matrix) {
  // TODO: S = inputs.matmul(weights); shift rows by their maxima; dW = Xᵀ·dS + 2λW.
  throw NotImplemented()
}
