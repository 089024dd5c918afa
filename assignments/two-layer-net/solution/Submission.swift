import DescentContract

/// What this submission offers the grader, by the rubric's names.
public func descentSubmission() -> SubmissionCatalog {
  SubmissionCatalog(
    schedules: [
      "step": { step, settings in try stepDecay(step, settings) },
      "exponential": { step, settings in try exponentialDecay(step, settings) },
      "linear": { step, settings in try linearDecay(step, settings) },
      "cosine": { step, settings in try cosineAnnealing(step, settings) },
    ],
    gradientClippers: [
      "norm": { gradient, threshold in clipByNorm(gradient, threshold) },
      "value": { gradient, threshold in clipByValue(gradient, threshold) },
    ],
    initializers: [
      "xavier_uniform": { fanIn, fanOut, generator in try xavierUniform(fanIn, fanOut, &generator) },
      "xavier_normal": { fanIn, fanOut, generator in try xavierNormal(fanIn, fanOut, &generator) },
      "he_uniform": { fanIn, fanOut, generator in try heUniform(fanIn, fanOut, &generator) },
      "he_normal": { fanIn, fanOut, generator in try heNormal(fanIn, fanOut, &generator) },
    ],
    networkLosses: [
      "two_layer": { network, inputs, labels, regularization in
        try twoLayerLoss(network, inputs, labels, regularization: regularization)
      }
    ],
    networkTrainers: [
      "sgd": { loss, network, inputs, labels, learningRate, regularization, batches in
        try trainNetwork(
          loss: loss, network: network, inputs: inputs, labels: labels, learningRate: learningRate,
          regularization: regularization, batches: batches)
      }
    ])
}
