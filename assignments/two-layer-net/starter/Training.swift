import DescentContract

/// Minibatch SGD: one step θ ← θ − η·∇θ per batch, in the order given.
func trainNetwork(
  loss: (NetworkParameters, Matrix, [Int], Double) throws -> (loss: Double, gradients: NetworkParameters),
  network: NetworkParameters, inputs: Matrix, labels: [Int], learningRate: Double, regularization: Double,
  batches: [[Int]]
) throws -> NetworkParameters {
  // TODO: for each batch, the gradients of `loss` on its rows, then a step for W1, b1, W2 and b2.
  throw NotImplemented()
}
