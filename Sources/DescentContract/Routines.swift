/// A numeric derivative: the gradient of `f` at `x` approximated with step
/// `h`, one entry per coordinate of `x`.
///
/// ```swift
/// func centeredDifference(_ f: ([Double]) -> Double, at x: [Double], step h: Double) -> [Double] {
///   var point = x
///   return x.indices.map { i in
///     point[i] = x[i] + h
///     let forward = f(point)
///     point[i] = x[i] - h
///     let backward = f(point)
///     point[i] = x[i]
///     return (forward - backward) / (2 * h)
///   }
/// }
/// // in descentSubmission(): numericGradients: ["centered": centeredDifference]
/// ```
public typealias NumericGradientRoutine =
  @Sendable (_ f: ([Double]) -> Double, _ x: [Double], _ h: Double) throws -> [Double]

/// A gradient check: the relative error between `gradient(x)` and the
/// numeric gradient of `f` at `x` with step `h`, as the course defines it
/// (see the assignment's README).
///
/// ```swift
/// func gradientCheck(
///   _ f: ([Double]) -> Double, _ gradient: ([Double]) -> [Double], at x: [Double], step h: Double
/// ) -> Double { … }
/// // in descentSubmission(): gradientChecks: ["gradient_check": gradientCheck]
/// ```
public typealias GradientCheckRoutine =
  @Sendable (_ f: ([Double]) -> Double, _ gradient: ([Double]) -> [Double], _ x: [Double], _ h: Double) throws
  -> Double

/// A random search: draws `tries` weight vectors of `dimension` coordinates,
/// each coordinate `scale × generator.nextNormal()` in order, and returns
/// the one with the lowest `f`.
///
/// ```swift
/// func randomSearch(
///   _ f: ([Double]) -> Double, dimension: Int, tries: Int, scale: Double, generator: inout SeededGenerator
/// ) -> [Double] { … }
/// // in descentSubmission(): randomSearches: ["random_search": randomSearch]
/// ```
public typealias RandomSearchRoutine =
  @Sendable (
    _ f: ([Double]) -> Double, _ dimension: Int, _ tries: Int, _ scale: Double, _ generator: inout SeededGenerator
  ) throws -> [Double]

/// The second-derivative test: what kind of critical point a symmetric
/// Hessian describes, from the signs of its eigenvalues.
///
/// ```swift
/// func classify(_ hessian: Matrix) throws -> CriticalPoint {
///   let eigenvalues = try SymmetricEigendecomposition(hessian).values
///   …
/// }
/// // in descentSubmission(): criticalPointTests: ["second_derivative_test": classify]
/// ```
public typealias CriticalPointTest = @Sendable (_ hessian: Matrix) throws -> CriticalPoint
