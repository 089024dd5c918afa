/// A student's trajectory compared point by point with one reference
/// trajectory: how many steps agree before the first divergence, and where
/// and by how much it diverged.
///
/// Shapes come first: a point with the wrong number of coordinates diverges
/// there, and a trajectory shorter than the reference's can never match in
/// full (no `zip` lets it pass). A NaN or infinity never matches.
struct TrajectoryComparison: Equatable {
  /// Steps 1…`matchedSteps` agree (and the start, step 0, when ≥ 0).
  /// −1 when the start itself differs.
  var matchedSteps: Int
  /// The first disagreement, nil when every point the student returned agrees.
  var divergence: Divergence?
  /// Points the student returned.
  var studentCount: Int
  /// Points the reference has (the start and one per step).
  var referenceCount: Int

  /// Where a trajectory first disagrees.
  enum Divergence: Equatable {
    /// Coordinate `coordinate` at `step` is off.
    case value(step: Int, coordinate: Int, expected: Double, got: Double)
    /// The point at `step` has `got` coordinates instead of `expected`.
    case shape(step: Int, expected: Int, got: Int)
  }

  /// Whether the student's trajectory equals the reference's in length and every point.
  var isFullMatch: Bool { divergence == nil && studentCount == referenceCount }

  /// Compares `student` with `reference` under `tolerance`.
  init(student: [[Double]], reference: [[Double]], tolerance: Tolerance) {
    studentCount = student.count
    referenceCount = reference.count
    matchedSteps = -1
    divergence = nil
    for step in 0..<min(student.count, reference.count) {
      let got = student[step]
      let expected = reference[step]
      guard got.count == expected.count else {
        divergence = .shape(step: step, expected: expected.count, got: got.count)
        return
      }
      for coordinate in expected.indices where !tolerance.accepts(got[coordinate], expected: expected[coordinate]) {
        divergence = .value(step: step, coordinate: coordinate, expected: expected[coordinate], got: got[coordinate])
        return
      }
      matchedSteps = step
    }
  }

  /// The line that names the divergence:
  /// "diverged at step 3: x[1] expected 0.98310012, got 0.98215442 (relative error 9.6e-4)".
  var divergenceLine: String? {
    guard let divergence else { return nil }
    switch divergence {
    case .value(let step, let coordinate, let expected, let got):
      let (e, g) = NumberText.pair(expected: expected, got: got)
      let error = Tolerance.relativeError(got, expected: expected)
      let how = got.isFinite ? "relative error \(NumberText.scientific(error))" : "not a finite number"
      return "diverged at \(Self.stepName(step)): x[\(coordinate)] expected \(e), got \(g) (\(how))"
    case .shape(let step, let expected, let got):
      return "diverged at \(Self.stepName(step)): the point has \(got) coordinates, expected \(expected)"
    }
  }

  /// The step at which the divergence happened, if any.
  var divergenceStep: Int? {
    switch divergence {
    case .value(let step, _, _, _), .shape(let step, _, _): step
    case nil: nil
    }
  }

  static func stepName(_ step: Int) -> String { step == 0 ? "step 0 (the start)" : "step \(step)" }
}

/// Whether two trajectories agree under `tolerance`, counting non-finite
/// values as equal when they are the same (NaN with NaN, +inf with +inf):
/// how a broken student's trajectory is matched with a classic mistake's.
func trajectoriesMatchIncludingNonFinite(_ a: [[Double]], _ b: [[Double]], tolerance: Tolerance) -> Bool {
  guard a.count == b.count else { return false }
  for (p, q) in zip(a, b) {
    guard p.count == q.count else { return false }
    for (x, y) in zip(p, q) {
      if x.isFinite && y.isFinite {
        guard tolerance.accepts(x, expected: y) else { return false }
      } else {
        let same = (x.isNaN && y.isNaN) || (x.isInfinite && y.isInfinite && (x > 0) == (y > 0))
        guard same else { return false }
      }
    }
  }
  return true
}
