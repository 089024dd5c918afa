import DescentCore
import DescentReference
import DescentTestSupport
import Testing

/// The gradient checks: correct gradients pass, wrong ones are caught, the
/// verdicts use the course's thresholds, and bad arguments are named.
struct GradientCheckTests {
  /// A test problem whose gradient is deliberately off in one coordinate.
  struct BrokenGradient: Objective {
    var base: any Objective
    var error: Double
    var dimension: Int { base.dimension }
    func value(at x: [Double]) -> Double { base.value(at: x) }
    func gradient(at x: [Double]) -> [Double] {
      var g = base.gradient(at: x)
      g[0] *= 1 + error
      return g
    }
  }

  static let problems: [ProblemSpecification] = [
    ProblemSpecification(name: "rosenbrock", dimension: 4),
    ProblemSpecification(name: "quadratic", dimension: 5, parameters: ["condition": 100]),
    ProblemSpecification(name: "beale", dimension: 2),
    ProblemSpecification(name: "booth", dimension: 2),
    ProblemSpecification(name: "saddle", dimension: 2),
  ]

  static func point(dimension: Int, seed: UInt64) -> [Double] {
    var generator = SeededGenerator(seed: seed)
    return (0..<dimension).map { _ in generator.uniform(in: -1.5..<1.5) }
  }

  @Test("every check passes the test problems' analytic derivatives", arguments: problems)
  func testProblemsPass(specification: ProblemSpecification) throws {
    let objective = try TestProblems.objective(for: specification)
    for seed in UInt64(0)..<3 {
      let x = Self.point(dimension: specification.dimension, seed: seed)
      let checks = [
        try GradientCheck.full(objective, at: x),
        try GradientCheck.sparse(objective, at: x, coordinates: 2, seed: seed),
        try GradientCheck.directional(objective, at: x, seed: seed),
        try GradientCheck.hessianVector(objective, at: x, seed: seed),
      ]
      for check in checks {
        #expect(check.verdict == .correct, "\(specification.name) at \(x), \(check.method): \(check)")
      }
    }
  }

  @Test("a gradient 1% off in one coordinate is caught by the full and directional checks")
  func wrongGradientCaught() throws {
    let objective = BrokenGradient(base: try TestProblems.objective(for: Self.problems[0]), error: 0.01)
    let x = Self.point(dimension: 4, seed: 9)
    let full = try GradientCheck.full(objective, at: x)
    #expect(full.verdict >= .probablyWrong, "\(full)")
    #expect(full.description.contains("entry 0"), "\(full)")
    let directional = try GradientCheck.directional(objective, at: x, seed: 1)
    #expect(directional.verdict >= .suspicious, "\(directional)")
    let sparse = try GradientCheck.sparse(objective, at: x, coordinates: 4, seed: 3)
    #expect(sparse.verdict >= .probablyWrong, "\(sparse)")
  }

  @Test("sparse checks draw k distinct seeded coordinates")
  func sparseCoordinates() throws {
    let objective = try LinearClassifierObjective(
      loss: .softmax, inputs: Matrix(rows: 3, columns: 4, repeating: 0.5), labels: [0, 1, 2], classes: 3,
      regularization: 0.1)
    let x = Self.point(dimension: 12, seed: 4)
    let first = try GradientCheck.sparse(objective, at: x, coordinates: 5, seed: 42)
    let again = try GradientCheck.sparse(objective, at: x, coordinates: 5, seed: 42)
    guard case .sparse(let coordinates) = first.method else {
      Issue.record("a sparse check reported \(first.method)")
      return
    }
    #expect(coordinates.count == 5)
    #expect(Set(coordinates).count == 5)
    #expect(coordinates.allSatisfy { (0..<12).contains($0) })
    #expect(first == again)
    #expect(first.verdict == .correct, "\(first)")
    let all = try GradientCheck.sparse(objective, at: x, coordinates: 50, seed: 1)
    #expect(all.analytic.count == 12)
  }

  @Test("the losses pass every check: softmax, the SVM away from its kinks, the network")
  func lossesPass() throws {
    var generator = SeededGenerator(seed: 21)
    let inputs = try Matrix(rows: 8, columns: 5, scalars: (0..<40).map { _ in generator.nextNormal() })
    let labels = (0..<8).map { _ in generator.nextInt(below: 3) }
    let weights = (0..<15).map { _ in 0.1 * generator.nextNormal() }
    for loss in LinearClassifierLoss.allCases {
      let objective = try LinearClassifierObjective(
        loss: loss, inputs: inputs, labels: labels, classes: 3, regularization: 0.05)
      let full = try GradientCheck.full(objective, at: weights)
      let directional = try GradientCheck.directional(objective, at: weights, seed: 5)
      #expect(full.relativeError < 1e-7, "\(loss): \(full)")
      #expect(directional.relativeError < 1e-7, "\(loss): \(directional)")
    }
    let network = try TwoLayerNetworkObjective(
      inputs: inputs, labels: labels, hiddenWidth: 4, classes: 3, regularization: 0.01)
    let theta = (0..<network.dimension).map { _ in 0.3 * generator.nextNormal() }
    let check = try GradientCheck.sparse(network, at: theta, coordinates: 20, seed: 8)
    #expect(check.relativeError < 1e-7, "two-layer: \(check)")
  }

  @Test(
    "verdicts follow the course's thresholds",
    arguments: [
      (0.0, GradientCheckVerdict.correct), (1e-7, .correct), (2e-7, .suspicious), (1e-4, .suspicious),
      (5e-4, .probablyWrong), (1e-2, .probablyWrong), (0.5, .wrong), (.infinity, .wrong), (.nan, .wrong),
    ])
  func verdicts(error: Double, expected: GradientCheckVerdict) {
    #expect(GradientCheckVerdict(relativeError: error) == expected, "relative error \(error)")
  }

  @Test("the relative error is max|a − n| / max(|a| + |n|, tiny)")
  func relativeErrorFormula() {
    #expect(RelativeError.of(analytic: [1, 2], numeric: [1, 2]) == 0)
    #expect(RelativeError.of(analytic: [0, 0], numeric: [0, 0]) == 0)
    #expect(abs(RelativeError.of(analytic: [1, 4], numeric: [1.5, 4]) - 0.5 / 8) < 1e-15)
    #expect(RelativeError.of(analytic: [1], numeric: [1, 2]) == .infinity)
    #expect(RelativeError.of(analytic: [.nan], numeric: [1]) == .infinity)
    #expect(RelativeError.worstCoordinate(analytic: [1, 1e-3], numeric: [1, 2e-3])?.index == 1)
    #expect(GradientCheckVerdict.suspicious.wording.contains("kinks"))
  }

  @Test("bad arguments are named")
  func badArguments() throws {
    let objective = try TestProblems.objective(for: ProblemSpecification(name: "booth", dimension: 2))
    #expect(throws: GradientCheckError.wrongDimension(point: 3, expected: 2)) {
      _ = try GradientCheck.full(objective, at: [1, 2, 3])
    }
    #expect(throws: GradientCheckError.invalidStep(0)) {
      _ = try GradientCheck.directional(objective, at: [1, 2], seed: 0, step: 0)
    }
    #expect(throws: GradientCheckError.invalidCoordinateCount(0)) {
      _ = try GradientCheck.sparse(objective, at: [1, 2], coordinates: 0, seed: 0)
    }
    #expect(throws: LossError.self) {
      _ = try LinearClassifierObjective(
        loss: .svm, inputs: Matrix(rows: 2, columns: 3), labels: [0, 0], classes: 0, regularization: 0)
    }
    #expect(
      GradientCheckError.wrongDimension(point: 3, expected: 2).description
        == "the point has 3 coordinates, the function takes 2")
  }

  @Test("numeric gradients of known functions")
  func numericGradient() {
    let cube: ([Double]) -> Double = { $0[0] * $0[0] * $0[0] + 2 * $0[1] }
    let g = NumericGradient.centered(of: cube, at: [2, 5])
    #expect(abs(g[0] - 12) < 1e-8 && abs(g[1] - 2) < 1e-8, "\(g)")
    let u = GradientCheck.randomUnitVector(dimension: 6, seed: 3)
    #expect(abs(u.norm - 1) < 1e-15)
    #expect(u == GradientCheck.randomUnitVector(dimension: 6, seed: 3))
  }
}
