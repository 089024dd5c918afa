import DescentContract

/// The two-layer network's loss and backward pass, written with loops over
/// the examples: −log pᵧ from the softmax probabilities, and every gradient
/// accumulated example by example. L2 regularization λ·(ΣW1² + ΣW2²).
func twoLayerLoss(
  _ network: NetworkParameters, _ inputs: Matrix, _ labels: [Int], regularization: Double
) throws -> (loss: Double, gradients: NetworkParameters) {
  let z = try inputs.matmul(network.w1)  // X·W1; b1 is added below
  let (n, features, hidden, classes) = (inputs.rows, inputs.columns, network.w1.columns, network.w2.columns)
  var dW1 = Matrix(rows: features, columns: hidden)
  var db1 = [Double](repeating: 0, count: hidden)
  var dW2 = Matrix(rows: hidden, columns: classes)
  var db2 = [Double](repeating: 0, count: classes)
  var dataLoss = 0.0
  for i in 0..<n {
    let activations = (0..<hidden).map { j in max(0, z[i, j] + network.b1[j]) }
    var scores = network.b2
    for k in 0..<classes {
      for j in 0..<hidden { scores[k] += activations[j] * network.w2[j, k] }
    }
    let shift = scores.max() ?? 0
    let exponentials = scores.map { exp($0 - shift) }
    let sum = exponentials.reduce(0, +)
    var probabilities = exponentials.map { $0 / sum }
    dataLoss -= log(probabilities[labels[i]])
    probabilities[labels[i]] -= 1
    var dActivations = [Double](repeating: 0, count: hidden)
    for k in 0..<classes {
      let dScore = probabilities[k] / Double(n)
      db2[k] += dScore
      for j in 0..<hidden {
        dW2[j, k] += activations[j] * dScore
        dActivations[j] += network.w2[j, k] * dScore
      }
    }
    for j in 0..<hidden where activations[j] > 0 {
      db1[j] += dActivations[j]
      for f in 0..<features { dW1[f, j] += inputs[i, f] * dActivations[j] }
    }
  }
  var penalty = 0.0
  for value in network.w1.scalars + network.w2.scalars { penalty += value * value }
  for f in 0..<features {
    for j in 0..<hidden { dW1[f, j] += 2 * regularization * network.w1[f, j] }
  }
  for j in 0..<hidden {
    for k in 0..<classes { dW2[j, k] += 2 * regularization * network.w2[j, k] }
  }
  return (dataLoss / Double(n) + regularization * penalty, NetworkParameters(w1: dW1, b1: db1, w2: dW2, b2: db2))
}
