import DescentContract

/// The two-layer network's loss and backward pass, affine–ReLU–affine–softmax,
/// with L2 regularization λ·(ΣW1² + ΣW2²) (biases not regularized).
func twoLayerLoss(
  _ network: NetworkParameters, _ inputs: Matrix, _ labels: [Int], regularization: Double
) throws -> (loss: Double, gradients: NetworkParameters) {
  let n = Double(inputs.rows)
  let hidden = try inputs.matmul(network.w1).addingRow(network.b1)  // Z = X·W1 + b1
  let activations = hidden.map { max(0, $0) }  // A = max(0, Z)
  let scores = try activations.matmul(network.w2).addingRow(network.b2)  // S = A·W2 + b2
  var loss = 0.0
  var dScores = scores
  for i in 0..<scores.rows {
    var largest = -Double.infinity
    for j in 0..<scores.columns { largest = max(largest, scores[i, j]) }
    var total = 0.0
    for j in 0..<scores.columns { total += exp(scores[i, j] - largest) }
    loss += log(total) - (scores[i, labels[i]] - largest)
    for j in 0..<scores.columns { dScores[i, j] = exp(scores[i, j] - largest) / total }
    dScores[i, labels[i]] -= 1
  }
  loss = loss / n + regularization * (network.w1.sumOfSquares + network.w2.sumOfSquares)
  let dW2 = try Matrix.transposedProduct(activations, dScores) + 2 * regularization * network.w2
  var dHidden = try dScores.matmul(network.w2.transposed)
  for i in 0..<dHidden.rows {
    for j in 0..<dHidden.columns where hidden[i, j] <= 0 { dHidden[i, j] = 0 }
  }
  let dW1 = try Matrix.transposedProduct(inputs, dHidden) + 2 * regularization * network.w1
  return (loss, NetworkParameters(w1: dW1, b1: dHidden.columnSums, w2: dW2, b2: dScores.columnSums))
}
