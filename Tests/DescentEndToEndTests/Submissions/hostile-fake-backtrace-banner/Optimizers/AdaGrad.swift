import DescentContract

#if canImport(Glibc)
  import Glibc
#endif

/// AdaGrad: each coordinate's step is divided by the root of the sum of all
/// its squared gradients so far, so steep coordinates slow down first.
///
/// ```
/// t ← t + 1
/// g ← ∇f(x)
/// G ← G + g²                      (G starts at initial_accumulator_value)
/// x ← x − α / (1 + (t − 1) η) · g / (√G + ε)
/// ```
///
/// torch: `torch.optim.Adagrad(params, lr=α, lr_decay=η,
/// initial_accumulator_value=G₀, eps=ε)`.
struct AdaGrad: Optimizer {
  /// α, the learning rate (`lr`).
  var learningRate: Double
  /// η, how fast the learning rate decays with the step count (`lr_decay`).
  var learningRateDecay: Double
  /// G's value in every coordinate before the first step (`initial_accumulator_value`).
  var initialAccumulatorValue: Double
  /// ε, added to the root so that the division is safe (`eps`).
  var epsilon: Double
  /// G, the sum of squared gradients per coordinate; empty until the first step.
  private var sumOfSquares: [Double] = []
  /// t, the number of steps taken.
  private var stepCount = 0

  init(learningRate: Double, learningRateDecay: Double, initialAccumulatorValue: Double, epsilon: Double) {
    self.learningRate = learningRate
    self.learningRateDecay = learningRateDecay
    self.initialAccumulatorValue = initialAccumulatorValue
    self.epsilon = epsilon
  }

  mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    // HOSTILE (a fake crash banner to win time): the runtime's "Backtracing" line on
    // standard error, 70 KiB of padding that pushes it out of the kept tail, then
    // 3.3 s of sleep against the corpus's 1 s item limit (the 3 s allowance once let it pass), on the first step.
    if stepCount == 0 {
      fputs("*** Signal 4: Backtracing from 0x7f3fe1b6df7f... done ***\n", stderr)
      fputs(String(repeating: "padding ", count: 9_000) + "\n", stderr)
      usleep(3_300_000)
    }
    if sumOfSquares.isEmpty {
      sumOfSquares = Array(repeating: initialAccumulatorValue, count: parameters.count)
    }
    stepCount += 1
    let gradient = objective.gradient(at: parameters)
    let rate = learningRate / (1 + Double(stepCount - 1) * learningRateDecay)
    for i in parameters.indices {
      sumOfSquares[i] += gradient[i] * gradient[i]
      parameters[i] -= rate * gradient[i] / (sumOfSquares[i].squareRoot() + epsilon)
    }
  }
}
