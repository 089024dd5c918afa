import DescentJudging
import Testing

@Suite("Pure comparisons")
struct ComparisonTests {
  @Test(
    "the tolerance accepts within atol + rtol·|expected|, and a non-finite value only when it is the same",
    arguments: [
      (1.0, 1.0 + 5e-7, true), (1.0, 1.0 + 2e-6, false), (0.0, 5e-11, true), (0.0, 5e-10, false),
      (Double.nan, Double.nan, true), (Double.infinity, Double.infinity, true),
      (-Double.infinity, -Double.infinity, true), (Double.infinity, -Double.infinity, false),
      (Double.nan, Double.infinity, false), (1.0, Double.nan, false), (Double.infinity, 1e308, false),
      (Double.greatestFiniteMagnitude, Double.infinity, false), (2.0, -2.0, false),
    ])
  func tolerance(expected: Double, got: Double, accepted: Bool) {
    #expect(
      ComparisonTolerance.standard.accepts(got, expected: expected) == accepted, "expected \(expected), got \(got)")
  }

  @Test("a trajectory is compared point by point: the first diverging coordinate is named")
  func divergence() {
    let reference = [[1.0, 2.0], [0.5, 1.0], [0.25, 0.5]]
    let student = [[1.0, 2.0], [0.5, 1.0], [0.25, 0.51]]
    let agreement = TrajectoryAgreement(student: student, reference: reference, tolerance: .standard)
    #expect(!agreement.isFullMatch)
    #expect(agreement.matchedSteps == 1)
    #expect(agreement.divergence == .value(step: 2, coordinate: 1, expected: 0.5, got: 0.51))
    #expect(
      agreement.divergenceLine
        == "diverged at step 2: x[1] expected 0.5, got 0.51 (relative error 2.0e-2, allowed 1.0e-6)")
  }

  @Test("a shorter trajectory never matches in full, and a wrong shape diverges where it appears")
  func shapes() {
    let reference = [[1.0], [0.5], [0.25]]
    let short = TrajectoryAgreement(student: [[1.0], [0.5]], reference: reference, tolerance: .standard)
    #expect(short.divergence == nil)
    #expect(!short.isFullMatch)
    let wide = TrajectoryAgreement(student: [[1.0], [0.5, 0]], reference: reference, tolerance: .standard)
    #expect(wide.divergence == .shape(step: 1, expected: 1, got: 2))
    #expect(wide.divergenceLine == "diverged at step 1: the point has 2 coordinates, expected 1")
    let start = TrajectoryAgreement(student: [[2.0]], reference: reference, tolerance: .standard)
    #expect(start.matchedSteps == -1)
    #expect(start.divergenceLine?.hasPrefix("diverged at step 0 (the start)") == true)
  }

  @Test("matching a classic mistake counts equal non-finite values as equal")
  func nonFinite() {
    let a = [[1.0], [Double.nan], [Double.infinity]]
    #expect(TrajectoryAgreement.matches(a, a, tolerance: .standard))
    #expect(!TrajectoryAgreement.matches(a, [[1.0], [.nan], [-.infinity]], tolerance: .standard))
    #expect(!TrajectoryAgreement.matches(a, Array(a.prefix(2)), tolerance: .standard))
  }

  @Test(
    "an error just over its bound is printed with the digits that show it, the bound beside it",
    arguments: [
      (1.04e-6, 1e-6, "relative error 1.04e-6, allowed 1.0e-6"),
      (1.0000001e-6, 1e-6, "relative error 1.0000001e-6, allowed 1.0e-6"),
      (3e-3, 1e-6, "relative error 3.0e-3, allowed 1.0e-6"),
      (Double.infinity, 1e-6, "relative error inf, allowed 1.0e-6"),
    ])
  func errorBesideBound(error: Double, allowed: Double, expected: String) {
    #expect(ComparisonText.error(error, allowed: allowed) == expected)
  }

  @Test("a trajectory just over rtol 1e-6 says so with its digits and the tolerance")
  func justOver() {
    let tolerance = ComparisonTolerance(relative: 1e-6, absolute: 0)
    let agreement = TrajectoryAgreement(student: [[1], [1 + 1.04e-6]], reference: [[1], [1]], tolerance: tolerance)
    #expect(agreement.divergenceLine?.hasSuffix("(relative error 1.04e-6, allowed 1.0e-6)") == true, "\(agreement)")
  }

  @Test("values: the count first, then each value")
  func values() {
    let agreement = ValueAgreement(values: [1, 2.5], expected: [1, 2, 3], tolerance: .standard)
    #expect(!agreement.countMatches)
    #expect(agreement.passing == [true, false])
    #expect(!agreement.isFullMatch)
    #expect(
      agreement.failureLine(at: 1, point: [0, 1])
        == "f(0, 1) expected 2, got 2.5 (relative error 2.5e-1, allowed 1.0e-6)")
    #expect(agreement.failureLine(at: 2, point: [0, 2]) == "f(0, 2): no value returned")
  }

  @Test("gradients: relative error, directional derivative, central difference")
  func gradients() {
    #expect(GradientAgreement.relativeError([3, 4], [3, 4]) == 0)
    #expect(abs(GradientAgreement.relativeError([3, 4], [0, 0]) - 1) < 1e-15)
    #expect(GradientAgreement.relativeError([0, 0], [0, 0]) == 0)
    #expect(GradientAgreement.relativeError([1], [1, 2]) == .infinity)
    #expect(GradientAgreement.relativeError([.nan, 1], [1, 1]) == .infinity)
    #expect(GradientAgreement.relativeError([.nan, .infinity, 1], [.nan, .infinity, 1]) == 0)
    #expect(GradientAgreement.relativeError([.infinity, 1], [-.infinity, 1]) == .infinity)
    #expect(ComparisonTolerance.relativeError(.infinity, expected: .infinity) == 0)
    #expect(ComparisonTolerance.relativeError(.nan, expected: 1) == .infinity)
    #expect(GradientAgreement.directionalDerivative([1, 2], along: [0.6, 0.8]) == 0.6 + 1.6)
    #expect(GradientAgreement.directionalDerivative([1, 2], along: [1]).isNaN)
    #expect(GradientAgreement.centralDifference(forward: 3, backward: 1, step: 0.5) == 2)
  }

  @Test(
    "numbers are written with just enough digits",
    arguments: [
      (1.0, 1.0 + 1e-12, "1", "1.000000000001"),
      (0.98310012, 0.98215442, "0.98310012", "0.98215442"),
      (1.0, Double.nan, "1", "NaN"),
    ])
  func text(expected: Double, got: Double, expectedText: String, gotText: String) {
    let pair = ComparisonText.pair(expected: expected, got: got)
    #expect(pair.expected == expectedText && pair.got == gotText, "\(pair)")
  }

  @Test(
    "scientific notation is short",
    arguments: [(9.6e-4, "9.6e-4"), (1234.0, "1.2e3"), (0.0, "0"), (-Double.infinity, "-inf")])
  func scientific(value: Double, text: String) {
    #expect(ComparisonText.scientific(value) == text)
  }
}
