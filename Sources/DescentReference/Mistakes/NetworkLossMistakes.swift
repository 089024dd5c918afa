import DescentCore

/// The classic wrong backward passes of the two-layer network:
///
/// | id                            | what the student wrote                                      |
/// |-------------------------------|-------------------------------------------------------------|
/// | relu-gradient-skipped         | dZ = dA: the ReLU's mask 1[Z > 0] left out                  |
/// | penalty-gradient-without-two  | dW += λ·W where the penalty λ·ΣW² gives 2λ·W                |
/// | biases-regularized            | λ·(Σb1² + Σb2²) in L, and 2λ·b in db1 and db2               |
/// | score-gradient-not-averaged   | dS = P − Y, without the 1/N of the averaged loss            |
///
/// and of its training loop, ``trainingAscent``: θ ← θ + η·∇θ.
public enum NetworkLossMistakes {
  /// A network loss: the network, X, y and λ → L and the gradients.
  public typealias Routine =
    @Sendable (_ network: TwoLayerNetwork, _ inputs: Matrix, _ labels: [Int], _ regularization: Double) throws -> (
      loss: Double, gradients: TwoLayerNetwork.Gradients
    )

  /// Every mistake of the catalog.
  public static let all: [RoutineMistake<Routine>] = [
    mistake(
      "relu-gradient-skipped", "the gradient passed back through the ReLU unmasked",
      "Zero the upstream gradient where the ReLU was off: dZ = dA ⊙ 1[Z > 0].", .reluGradientSkipped),
    mistake(
      "penalty-gradient-without-two", "the penalty's gradient λ·W instead of 2λ·W",
      "The derivative of λ·ΣW² is 2λ·W: add 2λ·W1 to dW1 and 2λ·W2 to dW2.", .penaltyGradientWithoutTwo),
    mistake(
      "biases-regularized", "the biases regularized too",
      "Penalize W1 and W2 only: L2 on b1 and b2 changes L and the bias gradients.", .biasesRegularized),
    mistake(
      "score-gradient-not-averaged", "the score gradient P − Y not divided by N",
      "L averages over the N examples, so dS = (P − Y) / N.", .scoreGradientNotAveraged),
  ]

  /// The training loop stepping along the gradients; its routine maps the
  /// item's learning rate to the one the reference trains with to reproduce it.
  public static let trainingAscent = RoutineMistake<@Sendable (Double) -> Double>(
    id: "network-training-ascent", title: "a step along the gradients instead of against them",
    fix: "Subtract: θ ← θ − η·∇θ for each of W1, b1, W2 and b2.", routine: { -$0 })

  private static func mistake(_ id: String, _ title: String, _ fix: String, _ flaw: NetworkFlaws)
    -> RoutineMistake<Routine>
  {
    RoutineMistake(
      id: id, title: title, fix: fix,
      routine: { network, inputs, labels, regularization in
        try network.lossAndGradients(inputs: inputs, labels: labels, regularization: regularization, flaws: flaw)
      })
  }
}
