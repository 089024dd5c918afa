import DescentContract

/// The two-layer network's loss and backward pass, affine–ReLU–affine–softmax,
/// with L2 regularization λ·(ΣW1² + ΣW2²) (biases not regularized).
///
///     Z = X·W1 + b1,  A = max(0, Z),  S = A·W2 + b2
///     L = (1/N)·Σᵢ (log Σⱼ e^{Sᵢⱼ} − Sᵢ,yᵢ) + λ·(ΣW1² + ΣW2²)
func twoLayerLoss(
  _ network: NetworkParameters, _ inputs: Matrix, _ labels: [Int], regularization: Double
) throws -> (loss: Double, gradients: NetworkParameters) {
  // TODO: the forward pass, the loss, then dW2, db2, dW1, db1 by backpropagation.
  throw NotImplemented()
}
