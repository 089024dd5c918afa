import DescentContract

/// Minibatch SGD: one step θ ← θ − η·∇θ per batch, in the order given.
func trainNetwork(
  loss: (NetworkParameters, Matrix, [Int], Double) throws -> (loss: Double, gradients: NetworkParameters),
  network: NetworkParameters, inputs: Matrix, labels: [Int], learningRate: Double, regularization: Double,
  batches: [[Int]]
) throws -> NetworkParameters {
  var current = network
  for batch in batches {
    let g = try loss(current, try inputs.selectingRows(batch), batch.map { labels[$0] }, regularization).gradients
    current.w1 = try current.w1 - learningRate * g.w1
    current.b1 = zip(current.b1, g.b1).map { $0 - learningRate * $1 }
    current.w2 = try current.w2 - learningRate * g.w2
    current.b2 = zip(current.b2, g.b2).map { $0 - learningRate * $1 }
  }
  return current
}
