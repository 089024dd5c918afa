/// Values compared one by one with expected values: the count first (a
/// shorter answer never passes by `zip`), then each value under a tolerance.
///
/// ```swift
/// let agreement = ValueAgreement(values: got, expected: reference, tolerance: .standard)
/// agreement.countMatches       // true
/// agreement.passing            // [true, false]
/// agreement.failureLine(at: 1, point: [1, 2])   // "f(1, 2) expected 4, got 4.5 (relative error 1.3e-1)"
/// ```
public struct ValueAgreement: Equatable, Sendable {
  /// The values to judge.
  public var values: [Double]
  /// The expected values, one per point.
  public var expected: [Double]
  /// Whether each of the first min(values, expected) values is accepted.
  public var passing: [Bool]
  /// How close each value must be.
  public var tolerance: ComparisonTolerance

  /// Compares `values` with `expected` under `tolerance`.
  public init(values: [Double], expected: [Double], tolerance: ComparisonTolerance) {
    self.values = values
    self.expected = expected
    self.tolerance = tolerance
    passing = zip(values, expected).map { tolerance.accepts($0, expected: $1) }
  }

  /// Whether there are as many values as expected ones.
  public var countMatches: Bool { values.count == expected.count }

  /// How many values are accepted.
  public var passedCount: Int { passing.filter { $0 }.count }

  /// Whether every expected value has an accepted value.
  public var isFullMatch: Bool { countMatches && passing.allSatisfy { $0 } }

  /// "f(1, 2) expected 4, got 4.5 (relative error 1.3e-1)" for the value at `index`.
  public func failureLine(at index: Int, point: [Double]) -> String {
    guard index < values.count, index < expected.count else {
      return "f\(ComparisonText.point(point)): no value returned"
    }
    let (e, g) = ComparisonText.pair(expected: expected[index], got: values[index])
    let got = values[index]
    let x = expected[index]
    let allowed = tolerance.absolute + tolerance.relative * abs(x)
    let error =
      got.isFinite
      ? ComparisonText.error(
        ComparisonTolerance.relativeError(got, expected: x), allowed: x == 0 || !x.isFinite ? allowed : allowed / abs(x)
      )
      : "not a finite number"
    return "f\(ComparisonText.point(point)) expected \(e), got \(g) (\(error))"
  }
}
