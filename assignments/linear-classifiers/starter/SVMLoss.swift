import DescentContract

/// The multiclass SVM loss with loops over examples and classes:
///
/// ```
/// Lᵢ = Σ_{j ≠ yᵢ} max(0, sⱼ − s_yᵢ + 1),   s = xᵢ·W
/// L  = (1/N)·Σᵢ Lᵢ + λ·ΣW²,   dW = (1/N)·Σᵢ ∂Lᵢ/∂W + 2λW
/// ```
func svmLossNaive(
  _ weights: Matrix, _ inputs: Matrix, _ labels: [Int], regularization: Double
) throws -> (loss: Double, gradient: Matrix) {
  // TODO: loop over examples i and classes j; add xᵢ into dW's columns one margin at a time.
  throw NotImplemented()
}

/// The multiclass SVM loss without loops over examples: one product for the
/// scores S = X·W, one for dW = Xᵀ·dS.
func svmLossVectorized(
  _ weights: Matrix, _ inputs: Matrix, _ labels: [Int], regularization: Double
) throws -> (loss: Double, gradient: Matrix) {
  // TODO: S = inputs.matmul(weights); dW = Matrix.transposedProduct(inputs, dS) / N + 2λW.
  throw NotImplemented()
}
