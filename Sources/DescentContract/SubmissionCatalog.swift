/// Everything a submission offers the grader, by the names the rubric uses.
///
/// Every assignment's starter code defines one function with this exact
/// signature, which the grader calls to find the student's work:
///
/// ```swift
/// public func descentSubmission() -> SubmissionCatalog {
///   SubmissionCatalog(
///     optimizers: [
///       "sgd": { h in try SGD(learningRate: h.number("lr"), momentum: h.number("momentum")) },
///     ],
///     functions: [
///       "himmelblau": DifferentiableFunction(value: himmelblau, gradient: himmelblauGradient),
///     ])
/// }
/// ```
public struct SubmissionCatalog: Sendable {
  /// Builds one of the student's optimizers from a full set of hyper-parameters.
  public typealias OptimizerFactory = @Sendable (Hyperparameters) throws -> any Optimizer
  /// Builds one of the student's line-search methods (BFGS, L-BFGS, CG) from
  /// its hyper-parameters and the line search the grader hands it.
  public typealias LineSearchOptimizerFactory = @Sendable (Hyperparameters, LineSearch) throws -> any Optimizer

  /// The student's optimizers, by the rubric's names (`sgd`, `adam`, …).
  public var optimizers: [String: OptimizerFactory]
  /// The student's line-search methods (`bfgs`, `lbfgs`, `cg`), by the rubric's
  /// names: each steps with the strong-Wolfe ``LineSearch`` it is handed, so
  /// that its update formulas are compared with the reference's step by step.
  public var lineSearchOptimizers: [String: LineSearchOptimizerFactory]
  /// Functions with hand-written gradients, by the rubric's names.
  public var functions: [String: DifferentiableFunction]
  /// Numeric differentiation routines (`forward`, `centered`), by the rubric's names.
  public var numericGradients: [String: NumericGradientRoutine]
  /// Gradient-check routines, by the rubric's names.
  public var gradientChecks: [String: GradientCheckRoutine]
  /// Random searches, by the rubric's names.
  public var randomSearches: [String: RandomSearchRoutine]
  /// Second-derivative tests, by the rubric's names.
  public var criticalPointTests: [String: CriticalPointTest]
  /// Linear classifiers' losses (`svm_naive`, `softmax_vectorized`, …), by the rubric's names.
  public var linearLosses: [String: LinearLoss]
  /// Minibatch SGD for linear classifiers, by the rubric's names.
  public var linearTrainers: [String: LinearTrainer]
  /// Linear classifiers' predictions, by the rubric's names.
  public var linearPredictors: [String: LinearPredictor]
  /// Line searches (`backtracking`, `strong_wolfe`), by the rubric's names.
  public var lineSearches: [String: LineSearchRoutine]
  /// Learning-rate schedules (`step`, `exponential`, `linear`, `cosine`), by the rubric's names.
  public var schedules: [String: LearningRateScheduleRoutine]
  /// Gradient clippings (`norm`, `value`), by the rubric's names.
  public var gradientClippers: [String: GradientClipper]
  /// Weight initializations (`xavier_uniform`, `he_normal`, …), by the rubric's names.
  public var initializers: [String: WeightInitializer]
  /// The two-layer network's loss and backward pass, by the rubric's names.
  public var networkLosses: [String: NetworkLoss]
  /// Minibatch SGD for the two-layer network, by the rubric's names.
  public var networkTrainers: [String: NetworkTrainer]

  /// Creates a catalog; an assignment fills the slots its rubric names.
  public init(
    optimizers: [String: OptimizerFactory] = [:],
    lineSearchOptimizers: [String: LineSearchOptimizerFactory] = [:],
    functions: [String: DifferentiableFunction] = [:],
    numericGradients: [String: NumericGradientRoutine] = [:],
    gradientChecks: [String: GradientCheckRoutine] = [:],
    randomSearches: [String: RandomSearchRoutine] = [:],
    criticalPointTests: [String: CriticalPointTest] = [:],
    linearLosses: [String: LinearLoss] = [:],
    linearTrainers: [String: LinearTrainer] = [:],
    linearPredictors: [String: LinearPredictor] = [:],
    lineSearches: [String: LineSearchRoutine] = [:],
    schedules: [String: LearningRateScheduleRoutine] = [:],
    gradientClippers: [String: GradientClipper] = [:],
    initializers: [String: WeightInitializer] = [:],
    networkLosses: [String: NetworkLoss] = [:],
    networkTrainers: [String: NetworkTrainer] = [:]
  ) {
    self.optimizers = optimizers
    self.lineSearchOptimizers = lineSearchOptimizers
    self.functions = functions
    self.numericGradients = numericGradients
    self.gradientChecks = gradientChecks
    self.randomSearches = randomSearches
    self.criticalPointTests = criticalPointTests
    self.linearLosses = linearLosses
    self.linearTrainers = linearTrainers
    self.linearPredictors = linearPredictors
    self.lineSearches = lineSearches
    self.schedules = schedules
    self.gradientClippers = gradientClippers
    self.initializers = initializers
    self.networkLosses = networkLosses
    self.networkTrainers = networkTrainers
  }
}

/// A scalar function of a vector and its hand-written gradient.
public struct DifferentiableFunction: Sendable {
  /// f(x).
  public var value: @Sendable ([Double]) throws -> Double
  /// ∇f(x).
  public var gradient: @Sendable ([Double]) throws -> [Double]

  /// Pairs a function with its gradient.
  public init(
    value: @escaping @Sendable ([Double]) throws -> Double,
    gradient: @escaping @Sendable ([Double]) throws -> [Double]
  ) {
    self.value = value
    self.gradient = gradient
  }
}
