/// Every optimizer the reference offers, by name.
public enum OptimizerRegistry {
  /// All descriptors, first-order then second-order.
  public static var all: [OptimizerDescriptor] { firstOrderDescriptors + secondOrderDescriptors }
}
