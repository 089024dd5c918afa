import DescentCore
import DescentReports
import DescentWire
import Testing

@testable import DescentJudging

/// Initialization verdicts: draws of the right law pass on any seed, the
/// classic mistakes' laws fail and are named, and a fixed pattern fails.
@Suite("Initialization judging")
struct InitializationJudgingTests {
  static let fanIn = 100
  static let fanOut = 40
  static let halfVariance = NamedMistake(id: "init-he-without-two", title: "no 2", fix: "Double it.")
  static let otherLaw = NamedMistake(id: "init-wrong-distribution", title: "other", fix: "Use the other.")

  /// He normal, 100 × 40: σ = √(2/100).
  static let expectation = InitializationExpectation(
    routine: "he_normal", scheme: "He, normal", fanIn: fanIn, fanOut: fanOut,
    law: DrawLaw(distribution: "normal", standardDeviation: (2.0 / 100).squareRoot()),
    mistakes: [
      LawMistake(mistake: halfVariance, law: DrawLaw(distribution: "normal", standardDeviation: 0.1)),
      LawMistake(mistake: otherLaw, law: DrawLaw(distribution: "uniform", standardDeviation: (2.0 / 100).squareRoot())),
    ])

  static func sample(seed: UInt64, _ draw: (inout SeededGenerator) -> Double) -> HarnessResult {
    var generator = SeededGenerator(seed: seed)
    return .vectors((0..<fanIn).map { _ in (0..<fanOut).map { _ in draw(&generator) } }, stoppedBy: nil)
  }

  static func verdict(_ draw: (inout SeededGenerator) -> Double, seed: UInt64 = 0) -> Verdict {
    expectation.verdict(tasks: [], results: [sample(seed: seed, draw), sample(seed: seed + 1, draw)])
  }

  @Test("draws of the right law pass, whatever the seed", arguments: 0..<40)
  func rightLawPasses(seed: UInt64) {
    let sigma = (2.0 / 100).squareRoot()
    let verdict = Self.verdict({ sigma * $0.nextNormal() }, seed: 100 * seed)
    #expect(verdict.outcome == .passed, "\(verdict)")
  }

  @Test("σ without the factor 2 fails and is named")
  func halfVarianceNamed() {
    let verdict = Self.verdict { 0.1 * $0.nextNormal() }
    #expect(verdict.outcome == .failed && verdict.mistake == Self.halfVariance, "\(verdict)")
    #expect(verdict.details.contains { $0.hasPrefix("standard deviation") }, "\(verdict.details)")
  }

  @Test("uniform draws of the right σ fail the normal law by their kurtosis, and are named")
  func uniformNamed() {
    let bound = 3.0.squareRoot() * (2.0 / 100).squareRoot()
    let verdict = Self.verdict { $0.uniform(in: -bound..<bound) }
    #expect(verdict.outcome == .failed && verdict.mistake == Self.otherLaw, "\(verdict)")
    #expect(verdict.details.contains { $0.hasPrefix("kurtosis") }, "\(verdict.details)")
  }

  @Test("the same weights for both seeds fail: a fixed pattern is not a draw")
  func fixedPatternFails() {
    let pattern = Self.sample(seed: 7) { (2.0 / 100).squareRoot() * $0.nextNormal() }
    let verdict = Self.expectation.verdict(tasks: [], results: [pattern, pattern])
    #expect(verdict.outcome == .failed && verdict.summary.contains("same weights"), "\(verdict)")
  }

  @Test("a matrix of the wrong shape fails, naming both shapes")
  func wrongShape() {
    let verdict = Self.expectation.verdict(
      tasks: [], results: [.vectors([[0.1, 0.2]], stoppedBy: nil), .vectors([[0.1, 0.2]], stoppedBy: nil)])
    #expect(verdict.outcome == .failed && verdict.summary.contains("1 × 2 matrix where fan_in × fan_out is 100 × 40"))
  }
}
