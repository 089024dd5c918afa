import DescentCore
import DescentReports
import DescentWire

/// The reference's side of a linear-loss check: L and dW at the item's
/// weights, the entries of W at which the student's own loss is
/// differenced, and what each classic mistake returns.
public struct LinearLossExpectation: Codable, Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// The loss (`svm`, `softmax`), for messages.
  public var loss: String
  /// The reference's L.
  public var value: Double
  /// The reference's dW, D rows of C.
  public var gradient: [[Double]]
  /// How close L and each entry of dW must be.
  public var tolerance: ComparisonTolerance
  /// The entries of W moved by ±h to difference the student's own loss.
  public var probes: [WeightEntry]
  /// h.
  public var step: Double
  /// The largest relative error between the student's dW and the
  /// differences of their own loss.
  public var threshold: Double
  /// The classic mistakes' answers.
  public var mistakes: [LinearLossMistakeAnswer]

  /// Creates the expectation.
  public init(
    routine: String, loss: String, value: Double, gradient: [[Double]], tolerance: ComparisonTolerance,
    probes: [WeightEntry], step: Double, threshold: Double, mistakes: [LinearLossMistakeAnswer]
  ) {
    self.routine = routine
    self.loss = loss
    self.value = value
    self.gradient = gradient
    self.tolerance = tolerance
    self.probes = probes
    self.step = step
    self.threshold = threshold
    self.mistakes = mistakes
  }
}

/// One entry of W.
public struct WeightEntry: Codable, Sendable, Hashable {
  /// The row (feature).
  public var row: Int
  /// The column (class).
  public var column: Int

  /// Creates the entry.
  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }
}

/// A classic mistake's L and dW on an item's input.
public struct LinearLossMistakeAnswer: Codable, Sendable, Equatable {
  /// The mistake.
  public var mistake: NamedMistake
  /// Its L.
  public var value: Double
  /// Its dW.
  public var gradient: [[Double]]

  /// Creates the answer.
  public init(mistake: NamedMistake, value: Double, gradient: [[Double]]) {
    self.mistake = mistake
    self.value = value
    self.gradient = gradient
  }
}

extension LinearLossExpectation: CheckExpectation {
  public static let kind = "linear_loss"

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    guard results.count == (probes.isEmpty ? 1 : 2), case .lossAndGradient(let loss, let gradient) = results[0] else {
      return .error("Descent received an answer of the wrong kind from \(routine)")
    }
    var probeLosses: [Double] = []
    if results.count == 2 {
      guard case .numbers(let losses, let stoppedBy) = results[1] else {
        return .error("Descent received an answer of the wrong kind from \(routine)")
      }
      if let stoppedBy {
        return .error(
          "stopped while differencing your loss: \(StudentErrorWording.message(for: stoppedBy, target: routine))")
      }
      probeLosses = losses
    }
    return LinearLossJudge(expectation: self).verdict(loss: loss, gradient: gradient, probeLosses: probeLosses)
  }
}

extension ItemExpectation {
  /// A linear-loss item's expectation.
  public static func linearLoss(_ expectation: LinearLossExpectation) -> Self { Self(expectation) }
}
