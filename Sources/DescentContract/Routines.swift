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

/// A linear classifier's loss: L and dW for weights W (D × C) on inputs X
/// (N × D, scores X·W) with labels y in 0..<C and L2 strength λ, in the
/// course's convention L = (1/N)·Σᵢ Lᵢ + λ·ΣW² (see the assignment's README).
///
/// ```swift
/// func softmaxLossVectorized(
///   _ weights: Matrix, _ inputs: Matrix, _ labels: [Int], regularization: Double
/// ) throws -> (loss: Double, gradient: Matrix) { … }
/// // in descentSubmission(): linearLosses: ["softmax_vectorized": softmaxLossVectorized]
/// ```
public typealias LinearLoss =
  @Sendable (_ weights: Matrix, _ inputs: Matrix, _ labels: [Int], _ regularization: Double) throws -> (
    loss: Double, gradient: Matrix
  )

/// Minibatch SGD for a linear classifier: from `weights`, one step
/// W ← W − η·dW per batch of example indices, in the order given, with dW
/// from `loss` on that batch; returns the final weights.
///
/// ```swift
/// func trainLinearClassifier(
///   loss: (Matrix, Matrix, [Int], Double) throws -> (loss: Double, gradient: Matrix), weights: Matrix,
///   inputs: Matrix, labels: [Int], learningRate: Double, regularization: Double, batches: [[Int]]
/// ) throws -> Matrix { … }
/// // in descentSubmission(): linearTrainers: ["sgd": trainLinearClassifier]
/// ```
public typealias LinearTrainer =
  @Sendable (
    _ loss: (Matrix, Matrix, [Int], Double) throws -> (loss: Double, gradient: Matrix), _ weights: Matrix,
    _ inputs: Matrix, _ labels: [Int], _ learningRate: Double, _ regularization: Double, _ batches: [[Int]]
  ) throws -> Matrix

/// A linear classifier's predictions: for each row of X, the class with the
/// highest score in X·W (the first, on a tie).
///
/// ```swift
/// func predict(_ weights: Matrix, _ inputs: Matrix) throws -> [Int] { … }
/// // in descentSubmission(): linearPredictors: ["predict": predict]
/// ```
public typealias LinearPredictor = @Sendable (_ weights: Matrix, _ inputs: Matrix) throws -> [Int]

/// A line search: the step α > 0 to take from `x` along the descent
/// direction `p`, for f and its gradient, under the item's `settings`
/// (backtracking to the Armijo condition, or a step meeting the strong
/// Wolfe conditions, as the assignment's README asks).
///
/// ```swift
/// func backtracking(
///   _ f: ([Double]) -> Double, _ gradient: ([Double]) -> [Double], from x: [Double], along p: [Double],
///   settings: LineSearchSettings
/// ) throws -> Double { … }
/// // in descentSubmission(): lineSearches: ["backtracking": backtracking]
/// ```
public typealias LineSearchRoutine =
  @Sendable (
    _ f: ([Double]) -> Double, _ gradient: ([Double]) -> [Double], _ x: [Double], _ p: [Double],
    _ settings: LineSearchSettings
  ) throws -> Double

/// A learning-rate schedule: εₖ, the rate for step k (counting from 0: step 0
/// uses ε₀), under the item's hyper-parameters (`lr` is ε₀; the rest are the
/// schedule's own, named in the assignment's README).
///
/// ```swift
/// func stepDecay(_ step: Int, _ settings: Hyperparameters) throws -> Double {
///   let gamma = try settings.number("gamma"), size = try settings.number("step_size")
///   return try settings.number("lr") * pow(gamma, (Double(step) / size).rounded(.down))
/// }
/// // in descentSubmission(): schedules: ["step": stepDecay]
/// ```
public typealias LearningRateScheduleRoutine = @Sendable (_ step: Int, _ settings: Hyperparameters) throws -> Double

/// A gradient clipping: the gradient after clipping with threshold c (by
/// norm or by value, as the assignment's README asks).
///
/// ```swift
/// func clipByValue(_ gradient: [Double], _ threshold: Double) -> [Double] {
///   gradient.map { max(-threshold, min($0, threshold)) }
/// }
/// // in descentSubmission(): gradientClippers: ["value": clipByValue]
/// ```
public typealias GradientClipper = @Sendable (_ gradient: [Double], _ threshold: Double) throws -> [Double]

/// A weight initialization: a fan_in × fan_out matrix (the course's W, with
/// scores X·W) of independent draws from `generator`, scaled as the
/// assignment's README asks (Xavier, He; uniform or normal).
///
/// ```swift
/// func xavierUniform(_ fanIn: Int, _ fanOut: Int, _ generator: inout SeededGenerator) throws -> Matrix {
///   let bound = (6 / Double(fanIn + fanOut)).squareRoot()
///   return try Matrix(rows: fanIn, columns: fanOut, scalars: (0..<fanIn * fanOut).map { _ in
///     generator.uniform(in: -bound..<bound)
///   })
/// }
/// // in descentSubmission(): initializers: ["xavier_uniform": xavierUniform]
/// ```
public typealias WeightInitializer =
  @Sendable (_ fanIn: Int, _ fanOut: Int, _ generator: inout SeededGenerator) throws -> Matrix

/// The two-layer network's loss: L and the gradient of every parameter for
/// inputs X (N×D) with labels y in 0..<C and L2 strength λ on W1 and W2,
/// L = (1/N)·Σᵢ Lᵢ + λ·(ΣW1² + ΣW2²) (see the assignment's README).
///
/// ```swift
/// func networkLoss(
///   _ network: NetworkParameters, _ inputs: Matrix, _ labels: [Int], regularization: Double
/// ) throws -> (loss: Double, gradients: NetworkParameters) { … }
/// // in descentSubmission(): networkLosses: ["two_layer": networkLoss]
/// ```
public typealias NetworkLoss =
  @Sendable (_ network: NetworkParameters, _ inputs: Matrix, _ labels: [Int], _ regularization: Double) throws -> (
    loss: Double, gradients: NetworkParameters
  )

/// Minibatch SGD for the two-layer network: from `network`, one step
/// θ ← θ − η·∇θ per batch of example indices, in the order given, with the
/// gradients from `loss` on that batch; returns the final parameters.
///
/// ```swift
/// // in descentSubmission(): networkTrainers: ["sgd": trainNetwork]
/// ```
public typealias NetworkTrainer =
  @Sendable (
    _ loss: (NetworkParameters, Matrix, [Int], Double) throws -> (loss: Double, gradients: NetworkParameters),
    _ network: NetworkParameters, _ inputs: Matrix, _ labels: [Int], _ learningRate: Double,
    _ regularization: Double, _ batches: [[Int]]
  ) throws -> NetworkParameters
