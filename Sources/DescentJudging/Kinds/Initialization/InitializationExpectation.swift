import DescentCore
import DescentReports
import DescentWire

/// The reference's side of an initialization check: the law the student's
/// draws must follow, tested on two samples drawn from differently seeded
/// generators (which must differ: a fixed pattern with the right moments is
/// not a draw), and the laws of the classic mistakes.
public struct InitializationExpectation: Codable, Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// The scheme asked, for messages ("He, normal").
  public var scheme: String
  /// fan_in, the rows.
  public var fanIn: Int
  /// fan_out, the columns.
  public var fanOut: Int
  /// The law of the right draws.
  public var law: DrawLaw
  /// The laws of the classic mistakes.
  public var mistakes: [LawMistake]

  /// Creates the expectation.
  public init(routine: String, scheme: String, fanIn: Int, fanOut: Int, law: DrawLaw, mistakes: [LawMistake]) {
    self.routine = routine
    self.scheme = scheme
    self.fanIn = fanIn
    self.fanOut = fanOut
    self.law = law
    self.mistakes = mistakes
  }
}

/// A classic mistake and the law its draws follow.
public struct LawMistake: Codable, Sendable, Equatable {
  /// The mistake.
  public var mistake: NamedMistake
  /// Its law.
  public var law: DrawLaw

  /// Creates the pair.
  public init(mistake: NamedMistake, law: DrawLaw) {
    self.mistake = mistake
    self.law = law
  }
}

extension InitializationExpectation: CheckExpectation {
  public static let kind = "initialization"

  public func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict {
    var samples: [[Double]] = []
    for result in results {
      guard case .vectors(let rows, nil) = result else {
        return .error("Descent received an answer of the wrong kind from \(routine)")
      }
      guard rows.count == fanIn, rows.allSatisfy({ $0.count == fanOut }) else {
        return .failed(
          "returned a \(rows.count) × \(rows.first?.count ?? 0) matrix where fan_in × fan_out is \(fanIn) × \(fanOut)")
      }
      let values = rows.flatMap { $0 }
      guard values.allSatisfy(\.isFinite) else { return .failed("returned weights that are not finite numbers") }
      samples.append(values)
    }
    guard samples.count == 2 else { return .error("Descent received an answer of the wrong kind from \(routine)") }
    if samples[0] == samples[1] {
      return .failed(
        "returned the same weights for two differently seeded generators",
        details: ["draw every weight from the generator you are handed, so that another seed gives other weights"])
    }
    let moments = samples.map(SampleMoments.init)
    let rejections = moments.flatMap { law.rejections(of: $0) }
    let count = fanIn * fanOut
    if rejections.isEmpty {
      return .passed("two samples of \(count) weights each fit \(law.text) (\(scheme))")
    }
    let mistake = mistakes.first { candidate in moments.allSatisfy { candidate.law.rejections(of: $0).isEmpty } }
    return Verdict(
      outcome: .failed, credit: 0, summary: "the weights do not look like draws of \(law.text) (\(scheme))",
      details: Array(Set(rejections)).sorted(), mistake: mistake?.mistake)
  }
}

extension ItemExpectation {
  /// An initialization item's expectation.
  public static func initialization(_ expectation: InitializationExpectation) -> Self { Self(expectation) }
}
