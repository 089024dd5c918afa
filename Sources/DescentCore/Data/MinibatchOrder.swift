/// The order in which minibatch SGD visits the examples: each epoch draws a
/// fresh order from one seeded generator and cuts it into batches.
///
/// ```
/// generator ← SeededGenerator(seed)
/// for epoch in 1…E:
///     order ← generator.shuffledIndices(count: N)       (Fisher–Yates)
///     batches += consecutive slices of `order` of size batch_size   (the last may be shorter)
/// ```
///
/// Like torch.utils.data.DataLoader(shuffle=True, drop_last=False), except
/// that the order comes from ``SeededGenerator``: the grader and a
/// student's process given the same seed use the same batches.
public enum MinibatchOrder {
  /// Every batch, epoch after epoch, for `exampleCount` examples; a
  /// `batchSize` below 1 is read as 1.
  public static func batches(
    exampleCount: Int, batchSize: Int, epochs: Int, seed: UInt64, dropsLastPartialBatch: Bool = false
  ) -> [[Int]] {
    let size = max(1, batchSize)
    var generator = SeededGenerator(seed: seed)
    var batches: [[Int]] = []
    for _ in 0..<max(0, epochs) {
      let order = generator.shuffledIndices(count: exampleCount)
      for start in stride(from: 0, to: order.count, by: size) {
        let end = min(start + size, order.count)
        if dropsLastPartialBatch && end - start < size { break }
        batches.append(Array(order[start..<end]))
      }
    }
    return batches
  }
}
