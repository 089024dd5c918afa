/// A classification data set: one example per row of ``features`` and its
/// class in ``labels``, as the course's losses take them (X is N×D, y has N
/// entries in 0..<C).
public struct LabeledData: Sendable, Equatable {
  /// X, N examples × D features.
  public var features: Matrix
  /// y, the class of each example, in 0..<``classes``.
  public var labels: [Int]
  /// C, the number of classes.
  public var classes: Int

  /// Creates a data set.
  ///
  /// - Throws: ``ShapeError`` when there is not one label per row of `features`.
  public init(features: Matrix, labels: [Int], classes: Int) throws(ShapeError) {
    guard labels.count == features.rows else {
      throw ShapeError(
        operation: "labeled data", left: features.shape, right: Shape(rows: labels.count, columns: 1),
        reason: "\(features.rows) examples but \(labels.count) labels")
    }
    self.features = features
    self.labels = labels
    self.classes = classes
  }

  /// A data set whose generator built one label per row by construction.
  init(generated features: Matrix, labels: [Int], classes: Int) {
    precondition(labels.count == features.rows, "a generator built mismatched labels")
    self.features = features
    self.labels = labels
    self.classes = classes
  }
}
