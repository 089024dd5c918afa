import DescentCore
import DescentReports
import DescentWire

/// The reference's side of a network-training check: the parameters
/// minibatch SGD reaches over the item's batches, what each classic mistake
/// reaches, and the held-out data on which the student's parameters are scored.
public struct NetworkTrainingExpectation: Codable, Sendable, Equatable {
  /// The trainer's catalog name.
  public var trainer: String
  /// How many steps (batches) the training takes.
  public var steps: Int
  /// D, H and C.
  public var shape: NetworkShape
  /// The reference's final parameters, flattened.
  public var parameters: [Double]
  /// How close each entry must be.
  public var tolerance: ComparisonTolerance
  /// The held-out data the final parameters are scored on.
  public var heldOut: DataSpecification
  /// The fraction of held-out examples the parameters must classify right.
  public var minimumAccuracy: Double
  /// The classic mistakes' final parameters, flattened (one answer per entry).
  public var mistakes: [MistakeAnswers<Double>]

  /// Creates the expectation.
  public init(
    trainer: String, steps: Int, shape: NetworkShape, parameters: [Double], tolerance: ComparisonTolerance,
    heldOut: DataSpecification, minimumAccuracy: Double, mistakes: [MistakeAnswers<Double>]
  ) {
    self.trainer = trainer
    self.steps = steps
    self.shape = shape
    self.parameters = parameters
    self.tolerance = tolerance
    self.heldOut = heldOut
    self.minimumAccuracy = minimumAccuracy
    self.mistakes = mistakes
  }

  /// The fraction of `data`'s examples that flattened `parameters` of
  /// `shape` classify right; nil when they do not fit the shape.
  public static func accuracy(of parameters: [Double], shape: NetworkShape, on data: DataSpecification) -> Double? {
    let set = data.make()
    guard
      let network = NetworkParameters(
        flattened: parameters, inputs: shape.inputs, hidden: shape.hidden, classes: shape.classes),
      let predictions = network.predictedClasses(for: set.features), !predictions.isEmpty
    else { return nil }
    return Double(zip(predictions, set.labels).filter { $0 == $1 }.count) / Double(predictions.count)
  }
}

extension NetworkTrainingExpectation: CheckExpectation {
  public static let kind = "network_training"

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    guard results.count == 1, case .vectors(let lists, nil) = results[0], lists.count == 1 else {
      return .error("Descent received an answer of the wrong kind from \(trainer)")
    }
    let trained = lists[0]
    guard trained.count == shape.count else {
      return .failed("the trained network has \(trained.count) parameters where it must keep \(shape.count)")
    }
    let wrong = trained.indices.filter { !tolerance.accepts(trained[$0], expected: parameters[$0]) }
    let accuracy = Self.accuracy(of: trained, shape: shape, on: heldOut)
    let accuracyText = accuracy.map { "held-out accuracy \(ComparisonText.value(($0 * 1000).rounded() / 10)) %" }
    if wrong.isEmpty {
      guard let accuracy, accuracy >= minimumAccuracy else {
        return .failed(
          "the parameters match the reference's, but reach \(accuracyText ?? "no accuracy"), below the"
            + " \(ComparisonText.value(minimumAccuracy * 100)) % asked for; tell your instructor")
      }
      return .passed(
        "the parameters after \(steps) steps match the reference's at all \(shape.count) entries; \(accuracyText ?? "")"
      )
    }
    var details = wrong.prefix(3).map { index in
      let (e, g) = ComparisonText.pair(expected: parameters[index], got: trained[index])
      return "\(shape.name(of: index, prefix: "")) expected \(e), got \(g)"
    }
    if wrong.count > 3 { details.append("… and \(wrong.count - 3) more entries") }
    if let accuracyText { details.append("your parameters' \(accuracyText)") }
    let mistake = mistakes.first { tolerance.accepts(trained, expected: $0.answers) }
    return Verdict(
      outcome: .failed, credit: 0,
      summary:
        "the parameters after \(steps) steps differ from the reference's at \(wrong.count) of \(shape.count) entries",
      details: details, mistake: mistake?.mistake)
  }
}

extension ItemExpectation {
  /// A network-training item's expectation.
  public static func networkTraining(_ expectation: NetworkTrainingExpectation) -> Self { Self(expectation) }
}
