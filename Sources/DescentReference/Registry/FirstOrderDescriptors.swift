extension OptimizerRegistry {
  /// SGD (with momentum, Nesterov), AdaGrad, RMSProp, AdaDelta, Adam, AdamW, NAdam.
  static let firstOrderDescriptors: [OptimizerDescriptor] = []
}
