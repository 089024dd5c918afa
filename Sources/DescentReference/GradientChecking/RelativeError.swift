/// The relative error between an analytic and a numeric derivative, and
/// what the course says it means.
///
/// ```
/// relative error = maxᵢ |aᵢ − nᵢ| / max( maxᵢ (|aᵢ| + |nᵢ|), tiny )
/// ```
///
/// Both maxima run over all coordinates, so a coordinate whose true
/// derivative is nearly zero (where central differences leave only rounding
/// noise) does not dominate the verdict; ``worstCoordinate(analytic:numeric:)``
/// names the coordinate with the largest per-coordinate error
/// |aᵢ − nᵢ| / max(|aᵢ| + |nᵢ|, tiny), CS231n's `rel_error`, for the explanation.
/// `tiny` keeps 0/0 at 0 when both derivatives vanish.
public enum RelativeError {
  /// The floor of the denominator.
  public static let tiny = 1e-300

  /// maxᵢ |aᵢ − nᵢ| / max(maxᵢ (|aᵢ| + |nᵢ|), tiny); +∞ when the lengths
  /// differ or an entry is not finite.
  public static func of(analytic: [Double], numeric: [Double]) -> Double {
    guard analytic.count == numeric.count else { return .infinity }
    var difference = 0.0
    var scale = 0.0
    for (a, n) in zip(analytic, numeric) {
      guard a.isFinite, n.isFinite else { return .infinity }
      difference = max(difference, abs(a - n))
      scale = max(scale, abs(a) + abs(n))
    }
    return difference / max(scale, tiny)
  }

  /// |a − n| / max(|a| + |n|, tiny) for one derivative; +∞ when either is not finite.
  public static func of(analytic: Double, numeric: Double) -> Double {
    of(analytic: [analytic], numeric: [numeric])
  }

  /// The coordinate i with the largest |aᵢ − nᵢ| / max(|aᵢ| + |nᵢ|, tiny),
  /// and that error; nil for empty or mismatched vectors.
  public static func worstCoordinate(analytic: [Double], numeric: [Double]) -> (index: Int, error: Double)? {
    guard analytic.count == numeric.count, !analytic.isEmpty else { return nil }
    var worst = (index: 0, error: -1.0)
    for index in analytic.indices {
      let (a, n) = (analytic[index], numeric[index])
      let error = a.isFinite && n.isFinite ? abs(a - n) / max(abs(a) + abs(n), tiny) : .infinity
      if error > worst.error { worst = (index, error) }
    }
    return worst
  }
}

/// What a relative error says about a gradient, in the course's words
/// (CS231n's notes on gradient checks):
///
/// | relative error      | verdict                                                |
/// |---------------------|--------------------------------------------------------|
/// | ≤ 1e-7              | correct                                                |
/// | 1e-7 … 1e-4         | suspicious, unless the function has kinks (ReLU, hinge) |
/// | 1e-4 … 1e-2         | probably wrong                                         |
/// | > 1e-2              | wrong                                                  |
public enum GradientCheckVerdict: String, Sendable, Hashable, CaseIterable, Comparable {
  /// ≤ 1e-7.
  case correct
  /// In (1e-7, 1e-4]: acceptable only for a function with kinks.
  case suspicious
  /// In (1e-4, 1e-2].
  case probablyWrong
  /// Above 1e-2, or not a number.
  case wrong

  /// The verdict for `relativeError`.
  public init(relativeError: Double) {
    switch relativeError {
    case ...1e-7: self = .correct
    case ...1e-4: self = .suspicious
    case ...1e-2: self = .probablyWrong
    default: self = .wrong  // including NaN
    }
  }

  /// The course's sentence for this verdict.
  public var wording: String {
    switch self {
    case .correct: "correct (relative error ≤ 1e-7)"
    case .suspicious: "suspicious unless the function has kinks (relative error between 1e-7 and 1e-4)"
    case .probablyWrong: "probably wrong (relative error between 1e-4 and 1e-2)"
    case .wrong: "wrong (relative error above 1e-2)"
    }
  }

  /// Worse verdicts compare greater: correct < suspicious < probably wrong < wrong.
  public static func < (left: Self, right: Self) -> Bool { left.rank < right.rank }

  private var rank: Int {
    switch self {
    case .correct: 0
    case .suspicious: 1
    case .probablyWrong: 2
    case .wrong: 3
    }
  }
}
