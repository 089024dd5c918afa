import DescentCore

/// An optimizer whose update reads only the gradient at the current point:
/// SGD (with or without momentum, torch's Nesterov form), AdaGrad, RMSProp,
/// AdaDelta, Adam, AdamW, NAdam.
///
/// Splitting ``update(_:gradient:)`` from ``Optimizer/step(_:on:)`` lets the
/// same update run on a gradient computed elsewhere: a minibatch, a clipped
/// gradient, or a benchmark's synthetic one. The look-ahead form of Nesterov
/// momentum evaluates the gradient at another point and so is not one of these.
public protocol GradientOptimizer: Optimizer {
  /// Performs one update of `parameters` given ∇f at `parameters`.
  ///
  /// - Throws: ``OptimizerInputError`` when `gradient` and `parameters`
  ///   differ in length, or the length changed since the previous update.
  mutating func update(_ parameters: inout [Double], gradient: [Double]) throws
}

extension GradientOptimizer {
  /// Evaluates ∇f(x) and performs ``update(_:gradient:)``.
  public mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    let gradient = objective.gradient(at: parameters)
    try update(&parameters, gradient: gradient)
  }
}

/// An optimizer whose step length can be changed between steps, as a
/// learning-rate schedule does (``ScheduledOptimizer``).
public protocol LearningRateAdjustable {
  /// lr, the step length used by the next step.
  var learningRate: Double { get set }
}
