import DescentContract

#if canImport(Glibc)
  import Glibc
#endif

// HOSTILE (a flood on the reply channel, descriptor 201 as /proc/self/fd shows
// it): at its first step, AdaGrad writes a frame header announcing 64 MiB and
// then 64 MiB of zeros, before the harness can reply. Before the fix the grader
// read and decoded it whole (700 MiB, 39 s); a reply is now bounded by what its
// request can produce, and refused as soon as the header arrives.
private func floodReplyChannel() {
  let length = 64 << 20
  var header: [UInt8] = [UInt8(length >> 24), UInt8((length >> 16) & 0xff), UInt8((length >> 8) & 0xff), UInt8(length & 0xff)]
  _ = write(201, &header, 4)
  let zeros = [UInt8](repeating: 0, count: 1 << 20)
  for _ in 0..<64 { _ = zeros.withUnsafeBytes { write(201, $0.baseAddress, $0.count) } }
}

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
    if stepCount == 0 { floodReplyChannel() }
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
