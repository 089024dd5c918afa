import DescentCore
import DescentReports
import DescentWire

/// The reference's side of a network-loss check: L and every gradient entry
/// at the item's parameters, the entries at which the student's own loss is
/// differenced, and what each classic mistake returns.
public struct NetworkLossExpectation: Codable, Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// D, H and C.
  public var shape: NetworkShape
  /// The reference's L.
  public var value: Double
  /// The reference's gradients, flattened (dW1, db1, dW2, db2).
  public var gradient: [Double]
  /// How close L and each gradient entry must be.
  public var tolerance: ComparisonTolerance
  /// The flattened entries moved by ±h to difference the student's own loss.
  public var probes: [Int]
  /// h.
  public var step: Double
  /// The largest relative error between a gradient entry and its difference.
  public var threshold: Double
  /// The classic mistakes' answers.
  public var mistakes: [NetworkLossMistakeAnswer]

  /// Creates the expectation.
  public init(
    routine: String, shape: NetworkShape, value: Double, gradient: [Double], tolerance: ComparisonTolerance,
    probes: [Int], step: Double, threshold: Double, mistakes: [NetworkLossMistakeAnswer]
  ) {
    self.routine = routine
    self.shape = shape
    self.value = value
    self.gradient = gradient
    self.tolerance = tolerance
    self.probes = probes
    self.step = step
    self.threshold = threshold
    self.mistakes = mistakes
  }
}

/// A classic mistake's L and flattened gradients on an item's input.
public struct NetworkLossMistakeAnswer: Codable, Sendable, Equatable {
  /// The mistake.
  public var mistake: NamedMistake
  /// Its L.
  public var value: Double
  /// Its gradients, flattened.
  public var gradient: [Double]

  /// Creates the answer.
  public init(mistake: NamedMistake, value: Double, gradient: [Double]) {
    self.mistake = mistake
    self.value = value
    self.gradient = gradient
  }
}

extension NetworkLossExpectation: CheckExpectation {
  public static let kind = "network_loss"

  /// How many wrong entries are described in full.
  static let describedFailures = 3

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    guard results.count == (probes.isEmpty ? 1 : 2), case .vectors(let lists, nil) = results[0], lists.count == 3,
      lists[0].count == 1, lists[2].count == 6
    else { return .error("Descent received an answer of the wrong kind from \(routine)") }
    let (loss, gradient) = (lists[0][0], lists[1])
    let shapeErrors = shape.shapeErrors(lists[2])
    guard shapeErrors.isEmpty, gradient.count == shape.count else {
      return .failed("the gradients do not have the parameters' shapes", details: shapeErrors)
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
    var details: [String] = []
    let lossRight = tolerance.accepts(loss, expected: value)
    if !lossRight {
      let (e, g) = ComparisonText.pair(expected: value, got: loss)
      details.append("L expected \(e), got \(g)")
    }
    let wrong = gradient.indices.filter { !tolerance.accepts(gradient[$0], expected: self.gradient[$0]) }
    for index in wrong.prefix(Self.describedFailures) {
      let (e, g) = ComparisonText.pair(expected: self.gradient[index], got: gradient[index])
      details.append("\(shape.name(of: index, prefix: "d")) expected \(e), got \(g)")
    }
    if wrong.count > Self.describedFailures {
      details.append("… and \(wrong.count - Self.describedFailures) more gradient entries")
    }
    let disagreements = ownDisagreements(gradient, probeLosses: probeLosses)
    details += disagreements.prefix(Self.describedFailures)
    if lossRight && wrong.isEmpty && disagreements.isEmpty {
      let checked =
        probes.isEmpty ? "" : "; they agree with differences of your own loss at \(probes.count) entries"
      return .passed("L and all \(shape.count) gradient entries match the reference\(checked)")
    }
    let mistake = mistakes.first { candidate in
      tolerance.accepts(loss, expected: candidate.value) && tolerance.accepts(gradient, expected: candidate.gradient)
    }
    var parts: [String] = []
    if !lossRight { parts.append("L is wrong") }
    if !wrong.isEmpty { parts.append("the gradients are wrong at \(wrong.count) of \(shape.count) entries") }
    if !disagreements.isEmpty {
      parts.append("the gradients disagree with your own loss at \(disagreements.count) of \(probes.count) entries")
    }
    return Verdict(
      outcome: .failed, credit: 0, summary: parts.joined(separator: "; "), details: details, mistake: mistake?.mistake)
  }

  /// A line per probed entry where the gradient and (L(θ + h·e) − L(θ − h·e)) / 2h
  /// of the student's own loss differ by more than the threshold.
  private func ownDisagreements(_ gradient: [Double], probeLosses: [Double]) -> [String] {
    guard probes.allSatisfy({ $0 < gradient.count }) else { return [] }
    return OwnDifferenceCheck.disagreements(
      analytic: probes.map { gradient[$0] }, names: probes.map { shape.name(of: $0, prefix: "d") },
      probeLosses: probeLosses, step: step, threshold: threshold)
  }
}

extension ItemExpectation {
  /// A network-loss item's expectation.
  public static func networkLoss(_ expectation: NetworkLossExpectation) -> Self { Self(expectation) }
}
