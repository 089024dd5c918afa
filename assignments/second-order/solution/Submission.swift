import DescentContract

/// What this submission offers the grader, by the rubric's names.
public func descentSubmission() -> SubmissionCatalog {
  SubmissionCatalog(
    optimizers: [
      "newton": { h in Newton(learningRate: try h.number("lr")) },
      "regularized-newton": { h in
        RegularizedNewton(learningRate: try h.number("lr"), damping: try h.number("alpha"))
      },
    ],
    lineSearchOptimizers: [
      "bfgs": { h, lineSearch in
        BFGS(
          learningRate: try h.number("lr"), gradientTolerance: try h.number("tolerance_grad"),
          lineSearch: lineSearch)
      },
      "lbfgs": { h, lineSearch in
        LBFGS(
          learningRate: try h.number("lr"), historySize: Int(try h.number("history_size")),
          gradientTolerance: try h.number("tolerance_grad"), lineSearch: lineSearch)
      },
      "cg": { h, lineSearch in
        ConjugateGradient(
          learningRate: try h.number("lr"), polakRibiere: h.flag("polak_ribiere"),
          gradientTolerance: try h.number("tolerance_grad"), lineSearch: lineSearch)
      },
    ],
    lineSearches: [
      "backtracking": { f, gradient, x, p, settings in
        try backtracking(f, gradient, from: x, along: p, settings: settings)
      },
      "strong_wolfe": { f, gradient, x, p, settings in
        try strongWolfe(f, gradient, from: x, along: p, settings: settings)
      },
    ])
}
