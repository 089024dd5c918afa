import DescentCore
import Foundation

/// The classic wrong linear-classifier losses, training loops and
/// predictions.
///
/// | id                                   | of                | what the student wrote                                   |
/// |--------------------------------------|-------------------|----------------------------------------------------------|
/// | svm-counts-correct-class             | svm               | the margin summed over j = yᵢ too: every Lᵢ one too large |
/// | softmax-no-max-shift                 | softmax           | e^{S} without subtracting the row's maximum: overflows   |
/// | loss-gradient-missing-regularization | both              | dW without 2λW                                            |
/// | loss-regularization-gradient-halved  | both              | dW with λW: the ½ of ½λΣW² in the gradient only           |
/// | loss-gradient-not-averaged           | both              | the data part of dW summed over examples, not averaged    |
/// | loss-missing-regularization          | both              | neither L nor dW regularized                              |
/// | training-ascent                      | training          | W ← W + η·dW                                              |
/// | training-full-batch                  | training          | every step on all the examples                            |
/// | training-batches-in-index-order      | training          | the batches' sizes, but examples 0, 1, 2, … in order      |
/// | predict-argmin                       | prediction        | the class with the lowest score                           |
public enum LinearClassifierMistakes {
  /// A wrong loss, from the right L and dW (most mistakes only change
  /// them, which spares recomputing a large batch), W, X, y and λ.
  public typealias Loss = @Sendable (LossAndGradient, Matrix, Matrix, [Int], Double) throws -> LossAndGradient
  /// A training loop: the loss, W₀, the data, η, λ, the batches → the final W.
  public typealias Training =
    @Sendable (LinearClassifierLoss, Matrix, LabeledData, Double, Double, [[Int]]) throws -> Matrix
  /// A prediction: W, X → one class per row.
  public typealias Prediction = @Sendable (Matrix, Matrix) throws -> [Int]

  /// The known mistakes of a `kind` loss.
  public static func mistakes(of kind: LinearClassifierLoss) -> [RoutineMistake<Loss>] {
    let own: [RoutineMistake<Loss>] =
      switch kind {
      case .svm: [svmCountsCorrectClass]
      case .softmax: [softmaxNoMaxShift]
      }
    let shared: [RoutineMistake<Loss>] = [
      adjusted(
        id: "loss-gradient-missing-regularization", title: "the gradient without the regularization term",
        fix: "Add the penalty's gradient 2λW to dW, as L adds λΣW².",
        gradient: { gradient, weights, _, lambda in try gradient.subtracting(penalty(weights, 2 * lambda)) }),
      adjusted(
        id: "loss-regularization-gradient-halved", title: "the regularization gradient λW instead of 2λW",
        fix: "The loss adds λΣW² (not ½λΣW²), so its gradient is 2λW.",
        gradient: { gradient, weights, _, lambda in try gradient.subtracting(penalty(weights, lambda)) }),
      adjusted(
        id: "loss-gradient-not-averaged", title: "the data gradient summed over examples, not averaged",
        fix: "Divide the data part of dW by N, as the loss averages over the N examples.",
        gradient: { gradient, weights, count, lambda in
          let data: Matrix = try gradient.subtracting(penalty(weights, 2 * lambda))
          return try (data * Double(count)).adding(penalty(weights, 2 * lambda))
        }),
      RoutineMistake(
        id: "loss-missing-regularization", title: "no regularization in the loss or its gradient",
        fix: "Add λΣW² to L and 2λW to dW.",
        routine: { right, weights, _, _, lambda in
          LossAndGradient(
            loss: right.loss - lambda * weights.sumOfSquares,
            gradient: try right.gradient.subtracting(penalty(weights, 2 * lambda)))
        }),
    ]
    return own + shared
  }

  /// factor·W: the gradient of the L2 penalty when `factor` is 2λ.
  private static func penalty(_ weights: Matrix, _ factor: Double) -> Matrix { weights * factor }

  static let svmCountsCorrectClass = RoutineMistake<Loss>(
    id: "svm-counts-correct-class", title: "the correct class's own margin counted in the hinge sum",
    fix: "Sum max(0, sⱼ − s_yᵢ + 1) over j ≠ yᵢ only: the correct class adds a constant 1 per example otherwise.",
    routine: { right, _, _, _, _ in
      LossAndGradient(loss: right.loss + MulticlassSVM.margin, gradient: right.gradient)
    })

  static let softmaxNoMaxShift = RoutineMistake<Loss>(
    id: "softmax-no-max-shift", title: "the softmax without subtracting each row's largest score",
    fix: "Subtract maxⱼ sⱼ from a row's scores before exponentiating: e^{s} overflows from s ≈ 710 on.",
    routine: { _, weights, inputs, labels, lambda in
      let scores = try inputs.matmul(weights)
      let (n, c) = (scores.rows, scores.columns)
      var loss = 0.0
      var slope = Matrix(rows: n, columns: c)
      for i in 0..<n {
        let exponentials = (0..<c).map { exp(scores[i, $0]) }
        let sum = exponentials.reduce(0, +)
        loss += log(sum) - scores[i, labels[i]]
        for j in 0..<c { slope[i, j] = (exponentials[j] / sum - (j == labels[i] ? 1 : 0)) / Double(n) }
      }
      let gradient = try Matrix.transposedProduct(inputs, slope).adding(penalty(weights, 2 * lambda))
      return LossAndGradient(loss: loss / Double(n) + lambda * weights.sumOfSquares, gradient: gradient)
    })

  /// The right loss with its gradient changed by `gradient(dW, W, N, λ)`.
  private static func adjusted(
    id: String, title: String, fix: String, gradient: @escaping @Sendable (Matrix, Matrix, Int, Double) throws -> Matrix
  ) -> RoutineMistake<Loss> {
    RoutineMistake(
      id: id, title: title, fix: fix,
      routine: { right, weights, inputs, _, lambda in
        LossAndGradient(loss: right.loss, gradient: try gradient(right.gradient, weights, inputs.rows, lambda))
      })
  }

  /// The reference training loop: ``LinearClassifierTraining`` with the vectorized `kind` loss.
  public static let training: Training = { kind, weights, data, learningRate, lambda, batches in
    try LinearClassifierTraining.train(
      loss: { try kind.lossAndGradient(weights: $0, inputs: $1, labels: $2, regularization: $3) }, weights: weights,
      data: data, learningRate: learningRate, regularization: lambda, batches: batches)
  }

  /// The known mistakes of a training loop.
  public static let trainingMistakes: [RoutineMistake<Training>] = [
    RoutineMistake(
      id: "training-ascent", title: "the weights moved along the gradient instead of against it",
      fix: "Subtract: W ← W − η·dW.",
      routine: { kind, weights, data, learningRate, lambda, batches in
        try training(kind, weights, data, -learningRate, lambda, batches)
      }),
    RoutineMistake(
      id: "training-full-batch", title: "every step on all the examples instead of the batch",
      fix: "Take dW on X[batch] and y[batch] only: one step per minibatch, in the order given.",
      routine: { kind, weights, data, learningRate, lambda, batches in
        let everything = Array(0..<data.labels.count)
        return try training(kind, weights, data, learningRate, lambda, batches.map { _ in everything })
      }),
    RoutineMistake(
      id: "training-batches-in-index-order", title: "the examples taken in index order, not the batches given",
      fix: "Use each batch's own indices, X[batch], as the grader hands them over.",
      routine: { kind, weights, data, learningRate, lambda, batches in
        var next = 0
        let inOrder = batches.map { batch in
          defer { next += batch.count }
          return (next..<(next + batch.count)).map { $0 % max(1, data.labels.count) }
        }
        return try training(kind, weights, data, learningRate, lambda, inOrder)
      }),
  ]

  /// The reference prediction: each row's argmax of X·W (the first, on a tie).
  public static let prediction: Prediction = { weights, inputs in try inputs.matmul(weights).rowArgmax }

  /// The known mistakes of a prediction.
  public static let predictionMistakes: [RoutineMistake<Prediction>] = [
    RoutineMistake(
      id: "predict-argmin", title: "the class with the lowest score instead of the highest",
      fix: "Predict argmaxⱼ (X·W)[i, j]: the highest score wins.",
      routine: { weights, inputs in try (-inputs.matmul(weights)).rowArgmax })
  ]
}
