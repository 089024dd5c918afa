import DescentCore
import DescentReports
import DescentWire

/// The reference's side of a training check: the weights minibatch SGD
/// reaches over the item's batches, what each classic mistake reaches, and
/// the held-out data on which the student's weights are scored.
public struct LinearTrainingExpectation: Codable, Sendable, Equatable {
  /// The trainer's catalog name.
  public var trainer: String
  /// How many steps (batches) the training takes.
  public var steps: Int
  /// The reference's final W.
  public var weights: [[Double]]
  /// How close each entry must be.
  public var tolerance: ComparisonTolerance
  /// The held-out data the final weights are scored on, when the item has any.
  public var heldOut: DataSpecification?
  /// The fraction of held-out examples the weights must classify right.
  public var minimumAccuracy: Double?
  /// The classic mistakes' final weights.
  public var mistakes: [MistakeAnswers<[Double]>]

  /// Creates the expectation.
  public init(
    trainer: String, steps: Int, weights: [[Double]], tolerance: ComparisonTolerance, heldOut: DataSpecification?,
    minimumAccuracy: Double?, mistakes: [MistakeAnswers<[Double]>]
  ) {
    self.trainer = trainer
    self.steps = steps
    self.weights = weights
    self.tolerance = tolerance
    self.heldOut = heldOut
    self.minimumAccuracy = minimumAccuracy
    self.mistakes = mistakes
  }

  /// The fraction of `data`'s examples that `weights` classify right (argmax of X·W), nil when the shapes do not fit.
  public static func accuracy(of weights: [[Double]], on data: DataSpecification) -> Double? {
    let set = data.make()
    guard let matrix = try? Matrix(weights), matrix.rows == set.features.columns,
      let predictions = try? set.features.matmul(matrix).rowArgmax, !predictions.isEmpty
    else { return nil }
    return Double(zip(predictions, set.labels).filter { $0 == $1 }.count) / Double(predictions.count)
  }
}

extension LinearTrainingExpectation: CheckExpectation {
  public static let kind = "linear_training"

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    guard results.count == 1, case .vectors(let rows, _) = results[0] else {
      return .error("Descent received an answer of the wrong kind from \(trainer)")
    }
    let shape = (rows: weights.count, columns: weights.first?.count ?? 0)
    guard rows.count == shape.rows, rows.allSatisfy({ $0.count == shape.columns }) else {
      return .failed(
        "the trained W has shape \(rows.count) × \(rows.first?.count ?? 0) where it must stay \(shape.rows) × \(shape.columns)"
      )
    }
    let wrong = tolerance.rejectedEntries(of: rows, expected: weights)
    let accuracy = heldOut.flatMap { Self.accuracy(of: rows, on: $0) }
    let accuracyText = accuracy.map { "held-out accuracy \(ComparisonText.value(($0 * 1000).rounded() / 10)) %" }
    if wrong.isEmpty {
      if let minimumAccuracy, let accuracy, accuracy < minimumAccuracy {
        return .failed(
          "the weights match the reference's, but classify \(accuracyText ?? "") below the"
            + " \(ComparisonText.value(minimumAccuracy * 100)) % asked for; tell your instructor")
      }
      return .passed(
        "the weights after \(steps) steps match the reference's at all \(shape.rows * shape.columns) entries"
          + (accuracyText.map { "; \($0)" } ?? ""))
    }
    var details = wrong.prefix(3).map { row, column in
      let (e, g) = ComparisonText.pair(expected: weights[row][column], got: rows[row][column])
      return "W[\(row), \(column)] expected \(e), got \(g)"
    }
    if wrong.count > 3 { details.append("… and \(wrong.count - 3) more entries") }
    if let accuracyText { details.append("your weights' \(accuracyText)") }
    let mistake = mistakes.first { candidate in
      candidate.answers.count == shape.rows && tolerance.rejectedEntries(of: rows, expected: candidate.answers).isEmpty
    }
    return Verdict(
      outcome: .failed, credit: 0,
      summary:
        "the weights after \(steps) steps differ from the reference's at \(wrong.count) of \(shape.rows * shape.columns) entries",
      details: details, mistake: mistake?.mistake)
  }
}

extension ItemExpectation {
  /// A training item's expectation.
  public static func linearTraining(_ expectation: LinearTrainingExpectation) -> Self { Self(expectation) }
}
