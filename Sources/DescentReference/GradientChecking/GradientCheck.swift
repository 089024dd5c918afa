import DescentCore

/// The outcome of one gradient check: the analytic and numeric derivatives
/// compared, their ``RelativeError`` and the course's verdict.
public struct GradientCheckResult: Sendable, Equatable, CustomStringConvertible {
  /// How the derivatives were compared.
  public enum Method: Sendable, Equatable {
    /// Every coordinate of ∇f.
    case full
    /// The listed coordinates of ∇f.
    case sparse(coordinates: [Int])
    /// ∇f(x)·u against a central difference along one random unit vector u.
    case directional(direction: [Double])
    /// ∇²f(x)·u against a central difference of ∇f along a random unit vector u.
    case hessianVector(direction: [Double])
  }

  /// The method.
  public var method: Method
  /// The analytic side (gradient entries, gᵀu, or Hu).
  public var analytic: [Double]
  /// The central-difference side, entry for entry.
  public var numeric: [Double]
  /// ``RelativeError/of(analytic:numeric:)-([Double],[Double])``.
  public var relativeError: Double
  /// The verdict for ``relativeError``.
  public var verdict: GradientCheckVerdict { GradientCheckVerdict(relativeError: relativeError) }

  /// Creates a result and computes its relative error.
  public init(method: Method, analytic: [Double], numeric: [Double]) {
    self.method = method
    self.analytic = analytic
    self.numeric = numeric
    relativeError = RelativeError.of(analytic: analytic, numeric: numeric)
  }

  /// One line: the relative error, the verdict and the worst coordinate.
  public var description: String {
    var text = "relative error \(relativeError): \(verdict.wording)"
    if analytic.count > 1, let worst = RelativeError.worstCoordinate(analytic: analytic, numeric: numeric) {
      let label: String
      if case .sparse(let coordinates) = method, coordinates.indices.contains(worst.index) {
        label = "coordinate \(coordinates[worst.index])"
      } else {
        label = "entry \(worst.index)"
      }
      text += "; worst at \(label): analytic \(analytic[worst.index]), numeric \(numeric[worst.index])"
    }
    return text
  }
}

/// Gradient checks of an ``Objective``'s analytic derivatives against
/// central differences (``NumericGradient``), judged by ``RelativeError``.
///
/// | check           | compares                                        | evaluations |
/// |-----------------|-------------------------------------------------|-------------|
/// | full            | ∇f(x) with (f(x+heᵢ) − f(x−heᵢ))/2h for every i  | 2n of f     |
/// | sparse (k)      | the same at k seeded random coordinates         | 2k of f     |
/// | directional     | ∇f(x)ᵀu with (f(x+hu) − f(x−hu))/2h, ‖u‖ = 1      | 2 of f      |
/// | hessian-vector  | ∇²f(x)·u with (∇f(x+hu) − ∇f(x−hu))/2h           | 2 of ∇f     |
///
/// The directional check is torch.autograd.gradcheck's fast mode for a
/// scalar function: one random direction costs two evaluations whatever n
/// is, and a wrong gradient almost surely shows along a random u.
/// Directions are drawn from a ``SeededGenerator``: n normals, normalized.
/// The full and sparse checks evaluate f along coordinate lines when the
/// objective is ``CoordinateLineEvaluable`` (a linear classifier's loss
/// costs O(N·C) per evaluation instead of O(N·D·C)).
public enum GradientCheck {
  /// Every coordinate: ∇f(x) against the central-difference gradient.
  ///
  /// - Throws: ``GradientCheckError`` for a point of the wrong length, a
  ///   bad step, or an analytic gradient of the wrong length.
  public static func full(
    _ objective: some Objective, at x: [Double], step h: Double = NumericGradient.defaultStep
  ) throws(GradientCheckError) -> GradientCheckResult {
    try validate(objective, at: x, step: h)
    let analytic = objective.gradient(at: x)
    try validate(analytic, length: x.count)
    let numeric = centered(objective, at: x, coordinates: Array(x.indices), step: h)
    return GradientCheckResult(method: .full, analytic: analytic, numeric: numeric)
  }

  /// k distinct coordinates drawn with `seed` (all of them when k ≥ n), in
  /// the order drawn: CS231n's `grad_check_sparse`, without repeats.
  ///
  /// - Throws: ``GradientCheckError`` as ``full(_:at:step:)`` does, or for k < 1.
  public static func sparse(
    _ objective: some Objective, at x: [Double], coordinates k: Int, seed: UInt64,
    step h: Double = NumericGradient.defaultStep
  ) throws(GradientCheckError) -> GradientCheckResult {
    try validate(objective, at: x, step: h)
    guard k >= 1 else { throw .invalidCoordinateCount(k) }
    var generator = SeededGenerator(seed: seed)
    let coordinates = Array(generator.shuffledIndices(count: x.count).prefix(k))
    let gradient = objective.gradient(at: x)
    try validate(gradient, length: x.count)
    let numeric = centered(objective, at: x, coordinates: coordinates, step: h)
    return GradientCheckResult(
      method: .sparse(coordinates: coordinates), analytic: coordinates.map { gradient[$0] }, numeric: numeric)
  }

  /// ∇f(x)ᵀu against (f(x + hu) − f(x − hu)) / 2h for one random unit u.
  ///
  /// - Throws: ``GradientCheckError`` as ``full(_:at:step:)`` does.
  public static func directional(
    _ objective: some Objective, at x: [Double], seed: UInt64, step h: Double = NumericGradient.defaultStep
  ) throws(GradientCheckError) -> GradientCheckResult {
    try validate(objective, at: x, step: h)
    let gradient = objective.gradient(at: x)
    try validate(gradient, length: x.count)
    let u = randomUnitVector(dimension: x.count, seed: seed)
    var slope = 0.0
    for i in x.indices { slope += gradient[i] * u[i] }
    let numeric = NumericGradient.directional(of: objective.value, at: x, along: u, step: h)
    return GradientCheckResult(method: .directional(direction: u), analytic: [slope], numeric: [numeric])
  }

  /// The second-order check: ∇²f(x)·u (the objective's
  /// ``Objective/hessianVectorProduct(at:along:)``) against
  /// (∇f(x + hu) − ∇f(x − hu)) / 2h for one random unit u.
  ///
  /// - Throws: ``GradientCheckError`` as ``full(_:at:step:)`` does.
  public static func hessianVector(
    _ objective: some Objective, at x: [Double], seed: UInt64, step h: Double = NumericGradient.defaultStep
  ) throws(GradientCheckError) -> GradientCheckResult {
    try validate(objective, at: x, step: h)
    let u = randomUnitVector(dimension: x.count, seed: seed)
    let analytic = objective.hessianVectorProduct(at: x, along: u)
    try validate(analytic, length: x.count)
    let numeric = NumericGradient.hessianVectorProduct(of: objective.gradient, at: x, along: u, step: h)
    try validate(numeric, length: x.count)
    return GradientCheckResult(method: .hessianVector(direction: u), analytic: analytic, numeric: numeric)
  }

  /// The central differences along the listed coordinates: along the
  /// objective's coordinate lines when it is ``CoordinateLineEvaluable``,
  /// else from ``Objective/value(at:)`` at each displaced point.
  static func centered(
    _ objective: some Objective, at x: [Double], coordinates: [Int], step h: Double
  ) -> [Double] {
    if let evaluable = objective as? any CoordinateLineEvaluable, let line = evaluable.coordinateLines(through: x) {
      return NumericGradient.centered(alongLines: line, coordinates: coordinates, step: h)
    }
    return NumericGradient.centered(of: objective.value, at: x, coordinates: coordinates, step: h)
  }

  /// u = z / ‖z‖ with z ~ N(0, I_n) drawn from a generator seeded with `seed`.
  public static func randomUnitVector(dimension: Int, seed: UInt64) -> [Double] {
    var generator = SeededGenerator(seed: seed)
    while true {
      let z = (0..<max(0, dimension)).map { _ in generator.nextNormal() }
      let norm = z.norm
      if norm > 0 || z.isEmpty { return z.isEmpty ? z : z.map { $0 / norm } }
    }
  }

  private static func validate(_ objective: some Objective, at x: [Double], step h: Double) throws(GradientCheckError) {
    guard x.count == objective.dimension else { throw .wrongDimension(point: x.count, expected: objective.dimension) }
    guard h.isFinite, h > 0 else { throw .invalidStep(h) }
  }

  private static func validate(_ derivative: [Double], length: Int) throws(GradientCheckError) {
    guard derivative.count == length else { throw .wrongGradientLength(got: derivative.count, expected: length) }
  }
}
