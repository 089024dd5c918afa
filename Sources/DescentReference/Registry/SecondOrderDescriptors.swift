extension OptimizerRegistry {
  /// Newton, regularized Newton, BFGS, L-BFGS, conjugate gradient, random search.
  static let secondOrderDescriptors: [OptimizerDescriptor] = []
}
