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
  let (n, d, c) = (inputs.rows, inputs.columns, weights.columns)
  var gradient = Matrix(rows: d, columns: c)
  var loss = 0.0
  for i in 0..<n {
    var scores = [Double](repeating: 0, count: c)
    for j in 0..<c {
      for p in 0..<d { scores[j] += inputs[i, p] * weights[p, j] }
    }
    let largest = scores.max() ?? 0
    var sum = 0.0
    for j in 0..<c { sum += exp(scores[j] - largest) }
    loss += log(sum) - (scores[labels[i]] - largest)
    for j in 0..<c {
      let probability = exp(scores[j] - largest) / sum
      let slope = probability - (j == labels[i] ? 1 : 0)
      for p in 0..<d { gradient[p, j] += inputs[i, p] * slope }
    }
  }
  loss = loss / Double(n) + regularization * weights.sumOfSquares
  for p in 0..<d {
    for j in 0..<c { gradient[p, j] = gradient[p, j] / Double(n) + 2 * regularization * weights[p, j] }
  }
  return (loss, gradient)
}

/// Softmax cross-entropy without loops over examples' features: the scores
/// from one product, dW from another.
func softmaxLossVectorized(
  _ weights: Matrix, _ inputs: Matrix, _ labels: [Int], regularization: Double
) throws -> (loss: Double, gradient: Matrix) {
  let scores = try inputs.matmul(weights)
  let (n, c) = (scores.rows, scores.columns)
  var slope = Matrix(rows: n, columns: c)
  var loss = 0.0
  for (i, maximum) in scores.rowMaxima.enumerated() {
    var sum = 0.0
    for j in 0..<c { sum += exp(scores[i, j] - maximum.value) }
    loss += log(sum) - (scores[i, labels[i]] - maximum.value)
    for j in 0..<c {
      slope[i, j] = (exp(scores[i, j] - maximum.value) / sum - (j == labels[i] ? 1 : 0)) / Double(n)
    }
  }
  let gradient = try Matrix.transposedProduct(inputs, slope) + 2 * regularization * weights
  return (loss / Double(n) + regularization * weights.sumOfSquares, gradient)
}
