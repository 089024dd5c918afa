import DescentCore
import DescentReference
import DescentTestSupport
import Testing

/// The reference's routines of the `gradient-descent` assignment (finite
/// differences, the gradient check, random search, the second-derivative
/// test) and their classic mistakes: each right routine gives the lecture's
/// numbers, and each mistake gives numbers a grader can tell from them.
@Suite("Routines and their mistakes")
struct RoutineReferenceTests {
  static let rosenbrock: any Objective = Rosenbrock(dimension: 2)
  static let f: @Sendable ([Double]) -> Double = { rosenbrock.value(at: $0) }

  @Test("forward differences on x² give 2x + h; centered ones are exact on a quadratic")
  func differenceFormulas() {
    let square: ([Double]) -> Double = { $0[0] * $0[0] }
    let forward = DifferenceFormula.forward.gradient(of: square, at: [3], step: 1e-3)
    #expect(isApproximatelyEqual(forward[0], 6.001, relativeTolerance: 1e-9))
    let centered = DifferenceFormula.centered.gradient(of: square, at: [3], step: 1e-3)
    #expect(isApproximatelyEqual(centered[0], 6, relativeTolerance: 1e-9))
    #expect(
      DifferenceFormula.centered.gradient(of: Self.f, at: [-1.2, 1], step: 1e-5)
        == NumericGradient.centered(
          of: Self.f, at: [-1.2, 1], step: 1e-5))
  }

  @Test(
    "each numeric-gradient mistake leaves the asked formula by far more than rounding",
    arguments: DifferenceFormula.allCases)
  func numericMistakesShow(formula: DifferenceFormula) {
    let x = [0.5, 0.5]
    let h = 1e-4
    let right = formula.gradient(of: Self.f, at: x, step: h)
    let mistakes = NumericGradientMistakes.mistakes(of: formula)
    #expect(mistakes.count == 4)
    for mistake in mistakes {
      let wrong = mistake.routine(Self.f, x, h)
      let gap = zip(wrong, right).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
      #expect(gap > 1e-5, "\(mistake.id) on \(formula): \(wrong) vs \(right)")
    }
  }

  @Test("the gradient check: ≈ 0 for a correct gradient, 0.1/2.1 for one 10 % off; its mistakes stand apart")
  func gradientCheck() {
    let x = [-1.2, 1.0]
    let gradient = { (x: [Double]) in Self.rosenbrock.gradient(at: x) }
    let scaled = { (x: [Double]) in Self.rosenbrock.gradient(at: x).map { $0 * 1.1 } }
    let correct = GradientCheckMistakes.reference(Self.f, gradient, x, 1e-5)
    let wrong = GradientCheckMistakes.reference(Self.f, scaled, x, 1e-5)
    #expect(correct <= 1e-9)
    #expect(isApproximatelyEqual(wrong, 0.1 / 2.1, relativeTolerance: 1e-6))
    // Told apart as the grader reads a relative error: above 1e-7 for the correct
    // gradient, or off by more than a factor 2.5 for the wrong one.
    for mistake in GradientCheckMistakes.all {
      let onCorrect = mistake.routine(Self.f, gradient, x, 1e-5)
      let onWrong = mistake.routine(Self.f, scaled, x, 1e-5)
      #expect(onCorrect > 1e-7 || !(0.4...2.5).contains(onWrong / wrong), "\(mistake.id): \(onCorrect), \(onWrong)")
    }
  }

  @Test("random search keeps the lowest of the seeded samples, and each mistake keeps another")
  func randomSampling() throws {
    var generator = SeededGenerator(seed: 7)
    let best = try #require(RandomSampling.best(of: Self.f, dimension: 2, tries: 50, scale: 2, generator: &generator))
    var replay = SeededGenerator(seed: 7)
    let samples = (0..<50).map { _ in RandomSampling.sample(dimension: 2, scale: 2, generator: &replay) }
    let lowest = try #require(samples.min { Self.f($0) < Self.f($1) })
    #expect(best.point == lowest && best.value == Self.f(lowest))
    for mistake in RandomSearchMistakes.all {
      var generator = SeededGenerator(seed: 7)
      let kept = mistake.routine(Self.f, 2, 50, 2, &generator)
      #expect(kept != best.point, "\(mistake.id) keeps the right sample")
    }
    #expect(RandomSampling.best(of: Self.f, dimension: 2, tries: 0, scale: 1, generator: &generator) == nil)
  }

  @Test("the second-derivative test names Himmelblau's minimum, maximum and saddles")
  func himmelblauCriticalPoints() throws {
    let himmelblau = try ReferenceFunctions.objective(named: "himmelblau", dimension: 2)
    let kinds = [[3.0, 2.0], [-0.270845, -0.923039], [0.086677, 2.884254], [-3.073026, -0.081353]].map {
      SecondDerivativeTest.classify(hessian: himmelblau.hessian(at: $0))
    }
    #expect(kinds == [.minimum, .maximum, .saddle, .saddle])
  }

  @Test("on the rubric's five Hessians the test is right and every mistake is wrong somewhere")
  func secondDerivativeMistakes() throws {
    let hessians = try [
      [[2.0, 0.0], [0.0, 2.0]], [[2.0, 0.0], [0.0, -2.0]], [[-2.0, 0.0], [0.0, -2.0]], [[2.0, 0.0], [0.0, 0.0]],
      [[1.0, 3.0], [3.0, 1.0]],
    ].map { try Matrix($0) }
    let right = hessians.map(SecondDerivativeTest.classify(hessian:))
    #expect(right == [.minimum, .saddle, .maximum, .degenerate, .saddle])
    for mistake in SecondDerivativeTestMistakes.all {
      #expect(hessians.map(mistake.routine) != right, "\(mistake.id)")
    }
    #expect(SecondDerivativeTest.classify(hessian: Matrix(rows: 0, columns: 0)) == .degenerate)
    #expect(SecondDerivativeTest.classify(eigenvalues: [1, .nan]) == .degenerate)
  }
}
