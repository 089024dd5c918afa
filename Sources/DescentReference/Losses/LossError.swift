import DescentCore

/// A batch that a loss cannot be computed on. Each message is one line
/// naming the shapes or the label at fault, e.g.
/// `y[3] = 7 is out of range: labels must lie in 0..<3 (W's columns)`.
public enum LossError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Two operands whose shapes do not fit (X's columns ≠ W's rows, a bias of the wrong length).
  case shape(ShapeError)
  /// Not one label per example.
  case labelCount(labels: Int, examples: Int)
  /// Label `label` at position `index` is not in 0..<`classes`.
  case labelOutOfRange(index: Int, label: Int, classes: Int)
  /// X has no rows, so the mean over examples is undefined.
  case emptyBatch(inputs: Shape)
  /// A regularization strength that is negative, NaN or infinite.
  case invalidRegularization(Double)

  public var description: String {
    switch self {
    case .shape(let error): return error.description
    case .labelCount(let labels, let examples):
      return "y has \(labels) labels but X has \(examples) rows: give one label per example"
    case .labelOutOfRange(let index, let label, let classes):
      return "y[\(index)] = \(label) is out of range: labels must lie in 0..<\(classes) (W's columns)"
    case .emptyBatch(let inputs):
      return "X is \(inputs): a batch needs at least one example"
    case .invalidRegularization(let value):
      return "reg must be finite and 0 or more, got \(value)"
    }
  }
}
