#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// SplitMix64 (Steele, Lea and Flood, 2014): a seeded generator whose
/// streams are the same on every platform and Swift version.
///
/// ```
/// state ← state + 0x9E3779B97F4A7C15
/// z ← (state ⊕ (state ≫ 30)) · 0xBF58476D1CE4E5B9
/// z ← (z ⊕ (z ≫ 27)) · 0x94D049BB133111EB
/// next = z ⊕ (z ≫ 31)
/// ```
///
/// Everything Descent draws (starting points, minibatch order, probe
/// directions, seeded data sets) goes through ``next()``,
/// ``nextUniform()``, ``nextNormal()``, ``nextInt(below:)`` and
/// ``shuffledIndices(count:)``, never through the standard library's
/// `Double.random(in:)`, whose algorithm is not promised to stay the same.
/// `tools/splitmix64.py` is an independent implementation whose outputs are
/// pinned in the tests.
///
/// The integer and uniform streams are bit-identical everywhere. Normal
/// draws also use the platform's `log`, `cos` and `sin`, which the usual C
/// libraries compute to within one unit in the last place.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  /// The 64-bit state; the seed before the first draw.
  public private(set) var state: UInt64
  /// The second normal of the last Box–Muller pair, returned by the next
  /// ``nextNormal()`` call.
  private var cachedNormal: Double?

  /// A generator whose first state is `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform draw in [0, 1): the top 53 bits of ``next()`` times 2⁻⁵³.
  public mutating func nextUniform() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform draw in `range`: lower + (upper − lower) · ``nextUniform()``.
  public mutating func uniform(in range: Range<Double>) -> Double {
    range.lowerBound + (range.upperBound - range.lowerBound) * nextUniform()
  }

  /// A uniform draw in `range` (the upper bound is reached only by rounding).
  public mutating func uniform(in range: ClosedRange<Double>) -> Double {
    range.lowerBound + (range.upperBound - range.lowerBound) * nextUniform()
  }

  /// A standard normal draw by the Box–Muller transform.
  ///
  /// Draws come in pairs from two uniforms u₁ = 1 − ``nextUniform()`` ∈ (0, 1]
  /// and u₂ = ``nextUniform()``, with r = √(−2 ln u₁):
  /// the first call returns r·cos(2πu₂) and caches r·sin(2πu₂), which the
  /// next call returns without drawing.
  public mutating func nextNormal() -> Double {
    if let cached = cachedNormal {
      cachedNormal = nil
      return cached
    }
    let u1 = 1 - nextUniform()
    let u2 = nextUniform()
    let radius = (-2 * log(u1)).squareRoot()
    let angle = 2 * Double.pi * u2
    cachedNormal = radius * sin(angle)
    return radius * cos(angle)
  }

  /// A normal draw with mean `mean` and standard deviation `standardDeviation`.
  public mutating func nextNormal(mean: Double, standardDeviation: Double) -> Double {
    mean + standardDeviation * nextNormal()
  }

  /// A uniform integer in 0..<`bound` without modulo bias: draws until
  /// ``next()`` ≥ 2⁶⁴ mod bound, then returns it mod bound. 0 when bound ≤ 1.
  public mutating func nextInt(below bound: Int) -> Int {
    guard bound > 1 else { return 0 }
    let modulus = UInt64(bound)
    let threshold = (0 &- modulus) % modulus
    while true {
      let value = next()
      if value >= threshold { return Int(value % modulus) }
    }
  }

  /// 0..<`count` in random order, by Fisher–Yates: for i from count − 1
  /// down to 1, swap position i with position ``nextInt(below:)``(i + 1).
  /// The minibatch order of an epoch.
  public mutating func shuffledIndices(count: Int) -> [Int] {
    var indices = Array(0..<max(0, count))
    shuffle(&indices)
    return indices
  }

  /// Shuffles `elements` in place by the same Fisher–Yates walk as
  /// ``shuffledIndices(count:)``.
  public mutating func shuffle<Element>(_ elements: inout [Element]) {
    guard elements.count > 1 else { return }
    for i in stride(from: elements.count - 1, to: 0, by: -1) {
      elements.swapAt(i, nextInt(below: i + 1))
    }
  }
}
