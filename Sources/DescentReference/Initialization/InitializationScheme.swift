import DescentCore

/// The course's weight initializations by name: Xavier (Glorot) and He
/// (Kaiming, fan_in, for ReLU), each uniform or normal, as the law their
/// draws follow.
public enum InitializationScheme: String, Sendable, Hashable, CaseIterable {
  /// ``XavierInitialization`` with gain 1: σ = √(2 / (fan_in + fan_out)).
  case xavier
  /// ``KaimingInitialization`` for ReLU, fan_in mode: σ = √(2 / fan_in).
  case he

  /// The law of the draws for a fan_in × fan_out matrix.
  public func law(_ distribution: InitializationDistribution, fanIn: Int, fanOut: Int) -> SamplingLaw {
    let deviation =
      switch self {
      case .xavier: XavierInitialization(distribution).standardDeviation(fanIn: fanIn, fanOut: fanOut)
      case .he: KaimingInitialization(distribution).standardDeviation(fanIn: fanIn, fanOut: fanOut)
      }
    return SamplingLaw(distribution: distribution, standardDeviation: deviation)
  }
}

/// What independent draws should look like: their distribution, centered on
/// 0, and its standard deviation σ (a uniform law's bound is √3·σ).
public struct SamplingLaw: Sendable, Hashable {
  /// Uniform or normal.
  public var distribution: InitializationDistribution
  /// σ.
  public var standardDeviation: Double

  /// Creates the law.
  public init(distribution: InitializationDistribution, standardDeviation: Double) {
    self.distribution = distribution
    self.standardDeviation = standardDeviation
  }
}
