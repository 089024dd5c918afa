import DescentContract

/// Minibatch SGD with the update written as whole-matrix arithmetic.
func trainLinearClassifier(
  loss: (Matrix, Matrix, [Int], Double) throws -> (loss: Double, gradient: Matrix), weights: Matrix,
  inputs: Matrix, labels: [Int], learningRate: Double, regularization: Double, batches: [[Int]]
) throws -> Matrix {
  var w = weights
  for batch in batches {
    var batchLabels: [Int] = []
    for index in batch { batchLabels.append(labels[index]) }
    let step = try loss(w, try inputs.selectingRows(batch), batchLabels, regularization)
    w = try w - learningRate * step.gradient
  }
  return w
}

/// The highest score's class, by an explicit scan of each row.
func predict(_ weights: Matrix, _ inputs: Matrix) throws -> [Int] {
  let scores = try inputs.matmul(weights)
  return (0..<scores.rows).map { i in
    var best = 0
    for j in 1..<max(1, scores.columns) where scores[i, j] > scores[i, best] { best = j }
    return best
  }
}
