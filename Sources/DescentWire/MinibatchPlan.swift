import DescentCore

/// How a training task runs minibatch SGD: the step size η, the L2
/// strength λ, and the batches ``MinibatchOrder`` draws from `seed`, which
/// the grader and the student's process draw alike.
public struct MinibatchPlan: Codable, Hashable, Sendable {
  /// η.
  public var learningRate: Double
  /// λ.
  public var regularization: Double
  /// Examples per batch.
  public var batchSize: Int
  /// Passes over the data.
  public var epochs: Int
  /// Seeds the batch order.
  public var seed: UInt64

  /// Creates the plan.
  public init(learningRate: Double, regularization: Double, batchSize: Int, epochs: Int, seed: UInt64) {
    self.learningRate = learningRate
    self.regularization = regularization
    self.batchSize = batchSize
    self.epochs = epochs
    self.seed = seed
  }

  /// The batches over `exampleCount` examples: indices, epoch after epoch.
  public func batches(exampleCount: Int) -> [[Int]] {
    MinibatchOrder.batches(exampleCount: exampleCount, batchSize: batchSize, epochs: epochs, seed: seed)
  }

  /// How many steps (batches) training over `exampleCount` examples takes: epochs · ⌈examples / batch size⌉.
  public func steps(exampleCount: Int) -> Int {
    epochs * ((exampleCount + batchSize - 1) / batchSize)
  }
}
