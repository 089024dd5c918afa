/// A trajectory compared point by point with a reference trajectory: how
/// many steps agree before the first divergence, and where and by how much
/// it diverged.
///
/// Shapes come first: a point with the wrong number of coordinates diverges
/// there, and a trajectory shorter than the reference's never matches in
/// full (no `zip` lets it pass). A NaN or infinity matches only the same
/// non-finite value (``ComparisonTolerance/accepts(_:expected:)``).
///
/// ```swift
/// let agreement = TrajectoryAgreement(student: points, reference: expected, tolerance: .standard)
/// agreement.isFullMatch        // false
/// agreement.divergenceLine     // "diverged at step 3: x[1] expected 0.98310012, got 0.98215442 (relative error 9.6e-4, allowed 1.0e-6)"
/// ```
public struct TrajectoryAgreement: Equatable, Sendable {
  /// Steps 1…`matchedSteps` agree (and the start, step 0, when ≥ 0).
  /// −1 when the start itself differs.
  public var matchedSteps: Int
  /// The first disagreement, nil when every point the student returned agrees.
  public var divergence: Divergence?
  /// Points the student returned.
  public var studentCount: Int
  /// Points the reference has (the start and one per step).
  public var referenceCount: Int
  /// At the divergence, the largest relative error the comparison accepted
  /// there (the tolerance, or the rounding envelope's slack where wider).
  public var allowedRelativeError: Double?

  /// Where a trajectory first disagrees.
  public enum Divergence: Equatable, Sendable {
    /// Coordinate `coordinate` at `step` is off.
    case value(step: Int, coordinate: Int, expected: Double, got: Double)
    /// The point at `step` has `got` coordinates instead of `expected`.
    case shape(step: Int, expected: Int, got: Int)
  }

  /// Compares `student` with `reference` under `tolerance`, or within
  /// `slack[step][coordinate]` of the reference where that is wider (a
  /// finite value only: the rounding envelope's allowance).
  public init(
    student: [[Double]], reference: [[Double]], tolerance: ComparisonTolerance, slack: [[Double]]? = nil
  ) {
    studentCount = student.count
    referenceCount = reference.count
    matchedSteps = -1
    divergence = nil
    allowedRelativeError = nil
    for step in 0..<min(student.count, reference.count) {
      let got = student[step]
      let expected = reference[step]
      guard got.count == expected.count else {
        divergence = .shape(step: step, expected: expected.count, got: got.count)
        return
      }
      let widths = slack.flatMap { step < $0.count && $0[step].count == expected.count ? $0[step] : nil }
      for coordinate in expected.indices
      where !tolerance.accepts(got[coordinate], expected: expected[coordinate])
        && !(got[coordinate].isFinite && abs(got[coordinate] - expected[coordinate]) <= (widths?[coordinate] ?? -1))
      {
        let x = expected[coordinate]
        divergence = .value(step: step, coordinate: coordinate, expected: x, got: got[coordinate])
        let allowed = max(tolerance.absolute + tolerance.relative * abs(x), widths?[coordinate] ?? 0)
        allowedRelativeError = x == 0 || !x.isFinite ? allowed : allowed / abs(x)
        return
      }
      matchedSteps = step
    }
  }

  /// Whether the student's trajectory equals the reference's in length and every point.
  public var isFullMatch: Bool { divergence == nil && studentCount == referenceCount }

  /// The step at which the divergence happened, if any.
  public var divergenceStep: Int? {
    switch divergence {
    case .value(let step, _, _, _), .shape(let step, _, _): step
    case nil: nil
    }
  }

  /// The line that names the divergence:
  /// "diverged at step 3: x[1] expected 0.98310012, got 0.98215442 (relative error 9.6e-4, allowed 1.0e-6)".
  public var divergenceLine: String? {
    guard let divergence else { return nil }
    switch divergence {
    case .value(let step, let coordinate, let expected, let got):
      let (e, g) = ComparisonText.pair(expected: expected, got: got)
      let error = ComparisonTolerance.relativeError(got, expected: expected)
      let how =
        got.isFinite
        ? ComparisonText.error(error, allowed: allowedRelativeError ?? 0)
        : (expected.isFinite ? "not a finite number" : "not the same non-finite value")
      return "diverged at \(Self.stepName(step)): x[\(coordinate)] expected \(e), got \(g) (\(how))"
    case .shape(let step, let expected, let got):
      return "diverged at \(Self.stepName(step)): the point has \(got) coordinates, expected \(expected)"
    }
  }

  /// "step 0 (the start)" or "step 3".
  public static func stepName(_ step: Int) -> String { step == 0 ? "step 0 (the start)" : "step \(step)" }

  /// Whether two trajectories agree in length and every point under
  /// `tolerance`: how a wrong trajectory is matched with a classic mistake's.
  public static func matches(_ a: [[Double]], _ b: [[Double]], tolerance: ComparisonTolerance) -> Bool {
    TrajectoryAgreement(student: a, reference: b, tolerance: tolerance).isFullMatch
  }

}
