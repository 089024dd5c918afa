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
      let margin = scores[j] - correct + 1
      if margin > 0 {
        loss += margin
        for p in 0..<d {
          gradient[p, j] += inputs[i, p]
          gradient[p, labels[i]] -= inputs[i, p]
        }
      }
    }
  }
  loss = loss / Double(n) + regularization * weights.sumOfSquares
  for p in 0..<d {
    for j in 0..<c { gradient[p, j] = gradient[p, j] / Double(n) + 2 * regularization * weights[p, j] }
  }
  return (loss, gradient)
}

/// The multiclass SVM loss without loops over examples: one product for the
/// scores S = X·W, one for dW = Xᵀ·dS.
func svmLossVectorized(
  _ weights: Matrix, _ inputs: Matrix, _ labels: [Int], regularization: Double
) throws -> (loss: Double, gradient: Matrix) {
  let scores = try inputs.matmul(weights)
  let (n, c) = (scores.rows, scores.columns)
  var slope = Matrix(rows: n, columns: c)
  var loss = 0.0
  for i in 0..<n {
    let correct = scores[i, labels[i]]
    var positive = 0.0
    for j in 0..<c where j != labels[i] {
      let margin = scores[i, j] - correct + 1
      if margin > 0 {
        loss += margin
        slope[i, j] = 1
        positive += 1
      }
    }
    slope[i, labels[i]] = -positive
  }
  let gradient = try Matrix.transposedProduct(inputs, slope) / Double(n) + 2 * regularization * weights
  return (loss / Double(n) + regularization * weights.sumOfSquares, gradient.transposed)  // C × D, not D × C
}
