import DescentCore

/// A linear-loss check's verdict: the student's L and dW against the
/// reference's, and dW against centered differences of the student's own
/// loss at the probed entries of W; on failure, the classic mistake whose
/// L and dW the student's match.
struct LinearLossJudge {
  var expectation: LinearLossExpectation

  /// How many wrong entries of dW are described in full.
  static let describedFailures = 3

  func verdict(loss: Double, gradient: [[Double]], probeLosses: [Double]) -> Verdict {
    let rows = expectation.gradient.count
    let columns = expectation.gradient.first?.count ?? 0
    guard gradient.count == rows, gradient.allSatisfy({ $0.count == columns }) else {
      let shape = "\(gradient.count) × \(gradient.first?.count ?? 0)"
      return .failed("dW has shape \(shape) where W is \(rows) × \(columns): dW must have W's shape")
    }
    var details: [String] = []
    let lossRight = expectation.tolerance.accepts(loss, expected: expectation.value)
    if !lossRight {
      let (e, g) = ComparisonText.pair(expected: expectation.value, got: loss)
      details.append("L expected \(e), got \(g)")
    }
    let tolerance = expectation.tolerance
    let wrong = tolerance.rejectedEntries(of: gradient, expected: expectation.gradient)
    for (row, column) in wrong.prefix(Self.describedFailures) {
      let (e, g) = ComparisonText.pair(expected: expectation.gradient[row][column], got: gradient[row][column])
      details.append("dW[\(row), \(column)] expected \(e), got \(g)")
    }
    if wrong.count > Self.describedFailures {
      details.append("… and \(wrong.count - Self.describedFailures) more entries of dW")
    }
    let disagreements = ownDisagreements(gradient, probeLosses: probeLosses)
    details += disagreements.prefix(Self.describedFailures)
    if lossRight && wrong.isEmpty && disagreements.isEmpty {
      let checked =
        expectation.probes.isEmpty
        ? "" : "; dW agrees with differences of your own loss at \(expectation.probes.count) entries"
      return .passed("L and all \(rows * columns) entries of dW match the reference\(checked)")
    }
    let mistake = expectation.mistakes.first { candidate in
      tolerance.accepts(loss, expected: candidate.value) && candidate.gradient.count == rows
        && tolerance.rejectedEntries(of: gradient, expected: candidate.gradient).isEmpty
    }
    var parts: [String] = []
    if !lossRight { parts.append("L is wrong") }
    if !wrong.isEmpty { parts.append("dW is wrong at \(wrong.count) of \(rows * columns) entries") }
    if !disagreements.isEmpty {
      parts.append(
        "dW disagrees with your own loss at \(disagreements.count) \(disagreements.count == 1 ? "entry" : "entries")")
    }
    return Verdict(
      outcome: .failed, credit: 0, summary: parts.joined(separator: "; "), details: details, mistake: mistake?.mistake)
  }

  /// A line per probed entry where dW and (L(W + h·E) − L(W − h·E)) / 2h
  /// of the student's own loss differ by more than the threshold.
  private func ownDisagreements(_ gradient: [[Double]], probeLosses: [Double]) -> [String] {
    let probes = expectation.probes.filter { $0.row < gradient.count && $0.column < gradient[$0.row].count }
    guard probes.count == expectation.probes.count else { return [] }
    return OwnDifferenceCheck.disagreements(
      analytic: probes.map { gradient[$0.row][$0.column] }, names: probes.map { "dW[\($0.row), \($0.column)]" },
      probeLosses: probeLosses, step: expectation.step, threshold: expectation.threshold)
  }
}
