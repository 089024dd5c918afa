import DescentCore
import DescentReference
import DescentTestSupport
import Testing

/// Newton, BFGS, L-BFGS and conjugate gradient: one Newton step on a
/// quadratic, Rosenbrock's minimum within known iteration counts, and the
/// strong Wolfe conditions at every accepted line-search step.
@Suite("Second-order methods")
struct SecondOrderTests {
  /// f(x) = ½xᵀAx − bᵀx with a seeded symmetric positive-definite A = MᵀM + I.
  struct DenseQuadratic: Objective {
    var a: [[Double]]
    var b: [Double]
    var dimension: Int { b.count }

    init(dimension n: Int, seed: UInt64) {
      var generator = SeededGenerator(seed: seed)
      let m = (0..<n).map { _ in (0..<n).map { _ in generator.uniform(in: -1..<1) } }
      a = (0..<n).map { i in (0..<n).map { j in (0..<n).reduce(i == j ? 1.0 : 0.0) { $0 + m[$1][i] * m[$1][j] } } }
      b = (0..<n).map { _ in generator.uniform(in: -2..<2) }
    }

    func product(_ x: [Double]) -> [Double] { a.map { row in zip(row, x).reduce(0) { $0 + $1.0 * $1.1 } } }
    func value(at x: [Double]) -> Double {
      0.5 * zip(x, product(x)).reduce(0) { $0 + $1.0 * $1.1 } - zip(b, x).reduce(0) { $0 + $1.0 * $1.1 }
    }
    func gradient(at x: [Double]) -> [Double] { zip(product(x), b).map { $0 - $1 } }
    func hessianVectorProduct(at x: [Double], along v: [Double]) -> [Double] { product(v) }
  }

  static func norm(_ v: [Double]) -> Double { v.reduce(0) { $0 + $1 * $1 }.squareRoot() }

  @Test("Newton minimizes a positive-definite quadratic in one step", arguments: [0 as UInt64, 1, 2, 3, 4])
  func newtonOneStep(seed: UInt64) throws {
    let problem = DenseQuadratic(dimension: 2 + Int(seed), seed: seed)
    var newton = try OptimizerRegistry.makeOptimizer(named: "newton")
    var x = [Double](repeating: 3, count: problem.dimension)
    try newton.step(&x, on: problem)
    let residual = Self.norm(problem.gradient(at: x))
    #expect(residual < 1e-10 * max(1, Self.norm(problem.b)), "seed \(seed): ‖∇f‖ = \(residual) after one Newton step")
    let quadratic = try TestProblems.objective(
      for: ProblemSpecification(name: "quadratic", dimension: 5, parameters: ["condition": 1e4]))
    var y = [1.0, -2, 3, -4, 5]
    var again = try OptimizerRegistry.makeOptimizer(named: "newton")
    try again.step(&y, on: quadratic)
    #expect(y.allSatisfy { abs($0) < 1e-12 }, "\(y)")
  }

  /// Iterations to reach ‖x − (1, …, 1)‖ ≤ 1e-8 on Rosenbrock from the
  /// classic start, for each method, and the line-search records.
  static func solve(_ name: String, _ overrides: Hyperparameters = Hyperparameters(), dimension: Int, limit: Int)
    throws -> (iterations: Int?, searches: [LineSearchResult])
  {
    let rosenbrock = try TestProblems.objective(for: ProblemSpecification(name: "rosenbrock", dimension: dimension))
    var optimizer = try OptimizerRegistry.makeOptimizer(named: name, hyperparameters: overrides)
    var x = (0..<dimension).map { $0 % 2 == 0 ? -1.2 : 1.0 }
    var searches: [LineSearchResult] = []
    for iteration in 1...limit {
      try optimizer.step(&x, on: rosenbrock)
      let record: LineSearchResult? =
        switch optimizer {
        case let o as LBFGS: o.lastLineSearch
        case let o as BFGS: o.lastLineSearch
        case let o as ConjugateGradient: o.lastLineSearch
        default: nil
        }
      if let record { searches.append(record) }
      if Self.norm(x.map { $0 - 1 }) <= 1e-8 { return (iteration, searches) }
    }
    return (nil, searches)
  }

  /// (method, hyper-parameters, dimension, most iterations allowed): the
  /// counts measured with the defaults (c₁ = 1e-4, c₂ = 0.9, CG c₂ = 0.1)
  /// plus a margin; a regression in the line search or the updates shows.
  static let budgets: [(String, Hyperparameters, Int, Int)] = [
    ("lbfgs", Hyperparameters(), 2, 50),  // measured: 37
    ("lbfgs", Hyperparameters(), 10, 100),  // 81
    ("bfgs", Hyperparameters(), 2, 45),  // 31
    ("bfgs", Hyperparameters(), 10, 120),  // 91
    ("cg", Hyperparameters(), 2, 50),  // 32
    ("cg", Hyperparameters(flags: ["polak_ribiere": false]), 2, 60),  // 36
  ]

  @Test("quasi-Newton and CG reach Rosenbrock's minimum to 1e-8 within their budgets", arguments: budgets)
  func rosenbrock(name: String, overrides: Hyperparameters, dimension: Int, budget: Int) throws {
    let (iterations, searches) = try Self.solve(name, overrides, dimension: dimension, limit: budget)
    #expect(
      iterations != nil, "\(name) \(overrides.flags) n=\(dimension) did not reach (1, …, 1) in \(budget) iterations")
    #expect(!searches.isEmpty)
  }

  @Test("every accepted line-search step meets the strong Wolfe conditions", arguments: budgets)
  func strongWolfe(name: String, overrides: Hyperparameters, dimension: Int, budget: Int) throws {
    let rosenbrock = try TestProblems.objective(for: ProblemSpecification(name: "rosenbrock", dimension: dimension))
    let (_, searches) = try Self.solve(name, overrides, dimension: dimension, limit: budget)
    #expect(searches.count > 5)
    for (index, s) in searches.enumerated() {
      // Re-evaluated independently at the accepted point.
      let value = rosenbrock.value(at: s.point)
      let slope = zip(rosenbrock.gradient(at: s.point), s.direction).reduce(0) { $0 + $1.0 * $1.1 }
      let expectedPoint = zip(s.start, s.direction).map { $0 + s.step * $1 }
      #expect(zip(expectedPoint, s.point).allSatisfy { $0 == $1 }, "\(name) step \(index + 1): point is not x + αp")
      #expect(s.initialSlope < 0, "\(name) step \(index + 1): not a descent direction")
      #expect(
        value <= s.initialValue + s.sufficientDecrease * s.step * s.initialSlope,
        "\(name) n=\(dimension) step \(index + 1): sufficient decrease fails, f = \(value), α = \(s.step)")
      #expect(
        abs(slope) <= s.curvature * abs(s.initialSlope),
        "\(name) n=\(dimension) step \(index + 1): curvature fails, |φ′(α)| = \(abs(slope)), φ′(0) = \(s.initialSlope)")
    }
  }
}
