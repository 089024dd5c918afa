import DescentContract

/// What this submission offers the grader, by the rubric's names.
public func descentSubmission() -> SubmissionCatalog {
  SubmissionCatalog(
    linearLosses: [
      "svm_naive": { w, x, y, reg in try svmLossNaive(w, x, y, regularization: reg) },
      "svm_vectorized": { w, x, y, reg in try svmLossVectorized(w, x, y, regularization: reg) },
      "softmax_naive": { w, x, y, reg in try softmaxLossNaive(w, x, y, regularization: reg) },
      "softmax_vectorized": { w, x, y, reg in try softmaxLossVectorized(w, x, y, regularization: reg) },
    ],
    linearTrainers: [
      "sgd": { loss, w, x, y, lr, reg, batches in
        try trainLinearClassifier(
          loss: loss, weights: w, inputs: x, labels: y, learningRate: lr, regularization: reg, batches: batches)
      }
    ],
    linearPredictors: [
      "predict": { w, x in try predict(w, x) }
    ])
}
