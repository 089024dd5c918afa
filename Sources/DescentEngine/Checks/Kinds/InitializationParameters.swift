import DescentCore
import DescentJudging
import DescentReference
import DescentReports
import DescentWire

/// An initialization check: the student's initialization draws a fan_in ×
/// fan_out matrix twice, from generators seeded `seed` and `seed + 1`, and
/// both samples must fit the scheme's law statistically (``DrawLaw``).
///
/// ```yaml
/// check:
///   kind: initialization
///   routine: he_normal            # the catalog's initializers key
///   scheme: he                    # or xavier
///   distribution: normal          # or uniform
///   fan_in: 100
///   fan_out: 50
///   seed: 7
/// ```
public struct InitializationParameters: Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// Xavier or He.
  public var scheme: InitializationScheme
  /// Uniform or normal.
  public var distribution: InitializationDistribution
  /// fan_in, the rows.
  public var fanIn: Int
  /// fan_out, the columns.
  public var fanOut: Int
  /// Seeds the first sample's generator (the second's is seed + 1).
  public var seed: UInt64

  /// Creates the parameters.
  public init(
    routine: String, scheme: InitializationScheme, distribution: InitializationDistribution, fanIn: Int, fanOut: Int,
    seed: UInt64 = 0
  ) {
    self.routine = routine
    self.scheme = scheme
    self.distribution = distribution
    self.fanIn = fanIn
    self.fanOut = fanOut
    self.seed = seed
  }

  /// The fewest weights a sample may hold: below this the test cannot tell
  /// the classic mistakes (σ off by √2) from the right law.
  static let minimumCount = 2000
  /// The most weights a sample may hold: two replies of this many stay far below a wire frame's limit.
  static let maximumCount = 1_000_000
}

extension InitializationParameters: CheckDefinition {
  public static let kind = InitializationExpectation.kind
  public static let fieldNames = ["routine", "scheme", "distribution", "fan_in", "fan_out", "seed"]

  public init(reading fields: CheckFields) throws(RubricError) {
    let scheme = try fields.required("scheme").choice(InitializationScheme.allCases.map(\.rawValue))
    let distribution = try fields.required("distribution").choice(
      InitializationDistribution.allCases.map(\.rawValue))
    let fanIn = try fields.required("fan_in").positiveInteger(atMost: 4096)
    let fanOut = try fields.required("fan_out").positiveInteger(atMost: 4096)
    guard fanIn * fanOut <= Self.maximumCount else {
      throw fields.error("fan_in × fan_out = \(fanIn * fanOut) weights; at most \(Self.maximumCount)")
    }
    guard fanIn * fanOut >= Self.minimumCount else {
      throw fields.error(
        "fan_in × fan_out = \(fanIn * fanOut) weights are too few to test a law; ask for at least \(Self.minimumCount)")
    }
    self.init(
      routine: try fields.routine(), scheme: InitializationScheme(rawValue: scheme) ?? .xavier,
      distribution: InitializationDistribution(rawValue: distribution) ?? .uniform, fanIn: fanIn, fanOut: fanOut,
      seed: try fields.seed())
  }

  public var tasks: [HarnessTask] {
    [seed, seed &+ 1].map {
      .initialization(InitializationTask(routine: routine, fanIn: fanIn, fanOut: fanOut, seed: $0))
    }
  }

  /// The scheme's law, and each classic mistake's.
  public func expectation() throws -> any CheckExpectation {
    func drawLaw(_ law: SamplingLaw) -> DrawLaw {
      DrawLaw(distribution: law.distribution.rawValue, standardDeviation: law.standardDeviation)
    }
    return InitializationExpectation(
      routine: routine, scheme: "\(scheme == .he ? "He" : "Xavier"), \(distribution.rawValue)", fanIn: fanIn,
      fanOut: fanOut, law: drawLaw(scheme.law(distribution, fanIn: fanIn, fanOut: fanOut)),
      mistakes: InitializationMistakes.mistakes(of: scheme, distribution).map { known in
        LawMistake(mistake: known.named, law: drawLaw(known.routine(fanIn, fanOut)))
      })
  }
}

extension InitializationParameters {
  /// Reported when a classic mistake's law is the right law at these fans
  /// (Xavier with fan_in = fan_out is LeCun's σ = √(1 / fan_in)): the item
  /// cannot tell that mistake from a correct initialization.
  public func lintFindings() throws -> [RubricLintFinding] {
    let right = scheme.law(distribution, fanIn: fanIn, fanOut: fanOut)
    let hidden = InitializationMistakes.mistakes(of: scheme, distribution).filter { known in
      let law = known.routine(fanIn, fanOut)
      return law.distribution == right.distribution
        && abs(law.standardDeviation - right.standardDeviation) <= 1e-3 * right.standardDeviation
    }
    return hidden.map { known in
      RubricLintFinding(
        item: "",
        message: "at fan_in = \(fanIn), fan_out = \(fanOut) the mistake \(known.id) draws from the right law, so the"
          + " item cannot name it; make fan_in and fan_out differ")
    }
  }
}

extension CheckSpecification {
  /// An initialization check.
  public static func initialization(_ parameters: InitializationParameters) -> Self { Self(parameters) }
}
