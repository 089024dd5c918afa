import DescentContract

/// What this submission offers the grader, by the rubric's names.
public func descentSubmission() -> SubmissionCatalog {
  SubmissionCatalog(
    optimizers: [
      "sgd": { h in GradientDescent(learningRate: try h.number("lr")) }
    ],
    numericGradients: [
      "forward": { f, x, h in try forwardDifference(f, at: x, step: h) },
      "centered": { f, x, h in try centeredDifference(f, at: x, step: h) },
    ],
    gradientChecks: [
      "gradient_check": { f, gradient, x, h in try gradientCheck(f, gradient, at: x, step: h) }
    ],
    randomSearches: [
      "random_search": { f, dimension, tries, scale, generator in
        try randomSearch(f, dimension: dimension, tries: tries, scale: scale, generator: &generator)
      }
    ],
    criticalPointTests: [
      "second_derivative_test": { hessian in try classifyCriticalPoint(hessian) }
    ])
}
