/// A gradient check asked for with arguments it cannot use. One line
/// naming the argument, e.g. `the point has 3 coordinates, the function takes 2`.
public enum GradientCheckError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The point's length is not the objective's dimension.
  case wrongDimension(point: Int, expected: Int)
  /// The step h is not a positive finite number.
  case invalidStep(Double)
  /// A sparse check of fewer than one coordinate.
  case invalidCoordinateCount(Int)
  /// The analytic gradient or Hessian-vector product has the wrong length.
  case wrongGradientLength(got: Int, expected: Int)

  public var description: String {
    switch self {
    case .wrongDimension(let point, let expected):
      return "the point has \(point) coordinates, the function takes \(expected)"
    case .invalidStep(let step):
      return "the finite-difference step must be positive and finite, got \(step)"
    case .invalidCoordinateCount(let count):
      return "a sparse gradient check needs at least 1 coordinate, got \(count)"
    case .wrongGradientLength(let got, let expected):
      return "the analytic derivative has \(got) entries, expected \(expected)"
    }
  }
}
