import DescentCore

/// The classic wrong initializations, each the law its draws follow, so
/// that a student's sample that fits one of them (and not the right law) is
/// named:
///
/// | id                          | asked   | what the student drew                          |
/// |-----------------------------|---------|------------------------------------------------|
/// | init-fan-in-only            | xavier  | σ = √(1 / fan_in): LeCun's, not Glorot's        |
/// | init-he-without-two         | he      | σ = √(1 / fan_in): the ReLU's gain √2 forgotten |
/// | init-he-fan-out             | he      | σ = √(2 / fan_out)                              |
/// | init-uniform-bound-as-std   | uniform | U(−σ, σ): the bound √3·σ taken as σ             |
/// | init-wrong-distribution     | both    | normal where uniform was asked, or the reverse  |
public enum InitializationMistakes {
  /// The law a mistake's draws follow for a fan_in × fan_out matrix.
  public typealias Law = @Sendable (_ fanIn: Int, _ fanOut: Int) -> SamplingLaw

  /// The mistakes of `scheme` with `distribution`.
  public static func mistakes(
    of scheme: InitializationScheme, _ distribution: InitializationDistribution
  ) -> [RoutineMistake<Law>] {
    let right: Law = { fanIn, fanOut in scheme.law(distribution, fanIn: fanIn, fanOut: fanOut) }
    let fanIn = scheme == .xavier ? fanInOnly(distribution) : heWithoutTwo(distribution)
    var all = [fanIn, wrongDistribution(right)]
    if scheme == .he { all.append(heFanOut(distribution)) }
    if distribution == .uniform { all.append(boundAsDeviation(right)) }
    return all
  }

  static func fanInOnly(_ distribution: InitializationDistribution) -> RoutineMistake<Law> {
    RoutineMistake(
      id: "init-fan-in-only", title: "σ = √(1 / fan_in), without fan_out",
      fix: "Xavier averages both fans: σ = √(2 / (fan_in + fan_out)).",
      routine: lecun(distribution))
  }

  static func heWithoutTwo(_ distribution: InitializationDistribution) -> RoutineMistake<Law> {
    RoutineMistake(
      id: "init-he-without-two", title: "σ = √(1 / fan_in), without the ReLU's factor 2",
      fix: "He initialization doubles the variance for ReLU: σ = √(2 / fan_in).",
      routine: lecun(distribution))
  }

  static func heFanOut(_ distribution: InitializationDistribution) -> RoutineMistake<Law> {
    RoutineMistake(
      id: "init-he-fan-out", title: "σ = √(2 / fan_out) where fan_in was asked",
      fix: "Scale by the inputs of the layer: σ = √(2 / fan_in).",
      routine: { _, fanOut in
        SamplingLaw(distribution: distribution, standardDeviation: (2 / Double(max(1, fanOut))).squareRoot())
      })
  }

  static func boundAsDeviation(_ right: @escaping Law) -> RoutineMistake<Law> {
    RoutineMistake(
      id: "init-uniform-bound-as-std", title: "U(−σ, σ): the standard deviation used as the bound",
      fix: "A uniform law on [−b, b] has σ = b/√3: draw from U(−√3·σ, √3·σ).",
      routine: altered(right) { $0.standardDeviation /= 3.0.squareRoot() })
  }

  static func wrongDistribution(_ right: @escaping Law) -> RoutineMistake<Law> {
    RoutineMistake(
      id: "init-wrong-distribution", title: "the other distribution (normal for uniform, or uniform for normal)",
      fix: "Uniform: U(−√3·σ, √3·σ); normal: σ · (a standard normal draw).",
      routine: altered(right) { $0.distribution = $0.distribution == .uniform ? .normal : .uniform })
  }

  /// σ = √(1 / fan_in), LeCun's scaling: what both fan-in mistakes draw from.
  private static func lecun(_ distribution: InitializationDistribution) -> Law {
    { fanIn, _ in
      SamplingLaw(distribution: distribution, standardDeviation: (1 / Double(max(1, fanIn))).squareRoot())
    }
  }

  /// The right law with `change` made to it.
  private static func altered(_ right: @escaping Law, _ change: @escaping @Sendable (inout SamplingLaw) -> Void) -> Law
  {
    { fanIn, fanOut in
      var law = right(fanIn, fanOut)
      change(&law)
      return law
    }
  }
}
