import DescentCore

/// Minibatch SGD's outer loop: each epoch draws a fresh order of the
/// examples from a seeded generator, cuts it into batches
/// (``MinibatchOrder``), and takes one optimizer step per batch.
///
/// ```
/// generator ← SeededGenerator(seed)
/// for epoch in 1…E:
///     order ← generator.shuffledIndices(count: N)       (Fisher–Yates)
///     for each consecutive slice B of `order` of size batch_size:
///         x ← step(x, f_B)                              (the last slice may be shorter)
/// ```
///
/// Like torch.utils.data.DataLoader(shuffle=True, drop_last=False), except
/// that the order comes from ``SeededGenerator`` so that every platform
/// draws the same batches. Plain SGD is `SGD` (or any optimizer) driven here.
public struct MinibatchDriver: Sendable {
  /// The number of examples per step (the last batch of an epoch may have fewer).
  public var batchSize: Int
  /// E, the number of passes over the examples.
  public var epochs: Int
  /// Seeds the generator of the example orders.
  public var seed: UInt64
  /// Drop an epoch's last batch when it is shorter than ``batchSize`` (torch's drop_last).
  public var dropsLastPartialBatch: Bool

  /// Creates a driver; a `batchSize` below 1 is read as 1.
  public init(batchSize: Int, epochs: Int, seed: UInt64, dropsLastPartialBatch: Bool = false) {
    self.batchSize = max(1, batchSize)
    self.epochs = max(0, epochs)
    self.seed = seed
    self.dropsLastPartialBatch = dropsLastPartialBatch
  }

  /// Every batch in the order they are used, epoch after epoch, for `exampleCount` examples.
  public func batches(exampleCount: Int) -> [[Int]] {
    MinibatchOrder.batches(
      exampleCount: exampleCount, batchSize: batchSize, epochs: epochs, seed: seed,
      dropsLastPartialBatch: dropsLastPartialBatch)
  }

  /// Runs `optimizer` over every batch from `start`. The trajectory has one
  /// point per batch after the start; its losses are the full objective's.
  public func run<Base: FiniteSumObjective>(_ optimizer: any Optimizer, on objective: Base, from start: [Double])
    -> Trajectory
  {
    var optimizer = optimizer
    var x = start
    var points = [start]
    var failure: TrajectoryStepError?
    let batches = batches(exampleCount: objective.exampleCount)
    for (index, batch) in batches.enumerated() {
      do {
        try Self.step(&optimizer, &x, Minibatch(objective, batch: batch))
      } catch {
        failure = TrajectoryStepError(step: index + 1, steps: batches.count, message: "\(error)")
        break
      }
      points.append(x)
    }
    return Trajectory(points: points, losses: points.map { objective.value(at: $0) }, failure: failure)
  }

  private static func step<O: Optimizer>(_ optimizer: inout O, _ x: inout [Double], _ objective: some Objective)
    throws
  {
    try optimizer.step(&x, on: objective)
  }
}
