import DescentContract

/// Minibatch SGD: for each batch in the order given, dW on that batch's
/// examples, then W ← W − η·dW.
func trainLinearClassifier(
  loss: (Matrix, Matrix, [Int], Double) throws -> (loss: Double, gradient: Matrix), weights: Matrix,
  inputs: Matrix, labels: [Int], learningRate: Double, regularization: Double, batches: [[Int]]
) throws -> Matrix {
  // TODO: inputs.selectingRows(batch) and batch.map { labels[$0] } give a batch's examples.
  throw NotImplemented()
}

/// The class with the highest score for each example.
func predict(_ weights: Matrix, _ inputs: Matrix) throws -> [Int] {
  // TODO: the argmax of each row of X·W (the first, on a tie).
  throw NotImplemented()
}
