import DescentCore
import DescentTestSupport
import Testing

/// Every test problem's analytic derivatives against finite differences, and
/// its minimizers against its gradient.
struct TestProblemTests {
  static let specifications: [ProblemSpecification] = [
    ProblemSpecification(name: "rosenbrock", dimension: 2),
    ProblemSpecification(name: "rosenbrock", dimension: 5),
    ProblemSpecification(name: "quadratic", dimension: 1),
    ProblemSpecification(name: "quadratic", dimension: 6, parameters: ["condition": 1000]),
    ProblemSpecification(name: "saddle", dimension: 2),
    ProblemSpecification(name: "beale", dimension: 2),
    ProblemSpecification(name: "booth", dimension: 2),
    ProblemSpecification(name: "square", dimension: 1),
    ProblemSpecification(name: "paraboloid", dimension: 2),
  ]

  /// Seeded points in [−2, 2]ⁿ.
  static func points(dimension: Int, seed: UInt64, count: Int = 5) -> [[Double]] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map { _ in (0..<dimension).map { _ in generator.uniform(in: -2.0..<2.0) } }
  }

  /// Central differences of `f` at `x` with step h.
  static func centralDifferences(_ f: ([Double]) -> Double, at x: [Double], h: Double = 1e-6) -> [Double] {
    x.indices.map { i in
      var forward = x
      var backward = x
      forward[i] += h
      backward[i] -= h
      return (f(forward) - f(backward)) / (2 * h)
    }
  }

  @Test("the gradient matches central differences of the value", arguments: specifications)
  func gradientMatchesDifferences(specification: ProblemSpecification) throws {
    let problem = try TestProblems.objective(for: specification)
    for x in Self.points(dimension: specification.dimension, seed: 1) {
      let analytic = problem.gradient(at: x)
      let numeric = Self.centralDifferences(problem.value, at: x)
      #expect(analytic.count == specification.dimension)
      let scale = max(1, analytic.map(abs).max() ?? 0)
      for i in x.indices {
        #expect(
          abs(analytic[i] - numeric[i]) <= 1e-6 * scale,
          "\(specification.name) n=\(specification.dimension) at \(x): ∂\(i) analytic \(analytic[i]) numeric \(numeric[i])"
        )
      }
    }
  }

  @Test("the Hessian matches differences of the gradient and is symmetric", arguments: specifications)
  func hessianMatchesDifferences(specification: ProblemSpecification) throws {
    let problem = try TestProblems.objective(for: specification)
    let n = specification.dimension
    for x in Self.points(dimension: n, seed: 2) {
      let hessian = problem.hessian(at: x)
      #expect(hessian.shape == Shape(rows: n, columns: n))
      let scale = max(1, hessian.scalars.map(abs).max() ?? 0)
      for j in 0..<n {
        var forward = x
        var backward = x
        forward[j] += 1e-6
        backward[j] -= 1e-6
        let gf = problem.gradient(at: forward)
        let gb = problem.gradient(at: backward)
        for i in 0..<n {
          let numeric = (gf[i] - gb[i]) / 2e-6
          #expect(
            abs(hessian[i, j] - numeric) <= 1e-6 * scale,
            "\(specification.name) at \(x): H[\(i),\(j)] analytic \(hessian[i, j]) numeric \(numeric)")
          #expect(hessian[i, j] == hessian[j, i], "\(specification.name) at \(x): H not symmetric at (\(i),\(j))")
        }
      }
    }
  }

  @Test("the Hessian-vector product equals the Hessian times the vector", arguments: specifications)
  func hessianVectorProduct(specification: ProblemSpecification) throws {
    let problem = try TestProblems.objective(for: specification)
    let n = specification.dimension
    let directions = Self.points(dimension: n, seed: 4)
    for (x, v) in zip(Self.points(dimension: n, seed: 3), directions) {
      let hessian = problem.hessian(at: x)
      let product = problem.hessianVectorProduct(at: x, along: v)
      #expect(product.count == n)
      for i in 0..<n {
        let expected = (0..<n).reduce(0.0) { $0 + hessian[i, $1] * v[$1] }
        #expect(
          isApproximatelyEqual(product[i], expected, relativeTolerance: 1e-12, absoluteTolerance: 1e-12),
          "\(specification.name) at \(x) along \(v): (Hv)[\(i)] = \(product[i]), H·v gives \(expected)")
      }
    }
  }

  @Test(
    "every minimizer has a zero gradient, the minimum value and a positive-definite Hessian",
    arguments: specifications)
  func minimizersAreMinima(specification: ProblemSpecification) throws {
    let problem = try TestProblems.problem(for: specification)
    for point in problem.criticalPoints {
      #expect(point.count == specification.dimension)
      let gradient = problem.gradient(at: point)
      #expect(gradient.allSatisfy { abs($0) <= 1e-12 }, "\(specification.name): ∇f\(point) = \(gradient)")
    }
    for minimizer in problem.minimizers {
      let minimum = try #require(problem.minimumValue)
      #expect(abs(problem.value(at: minimizer) - minimum) <= 1e-12, "\(specification.name) at \(minimizer)")
      let eigenvalues = try SymmetricEigendecomposition(problem.hessian(at: minimizer)).values
      #expect(eigenvalues.allSatisfy { $0 > 0 }, "\(specification.name): the Hessian's eigenvalues \(eigenvalues)")
    }
    #expect(problem.minimizers.isEmpty == (problem.minimumValue == nil))
  }

  @Test("the saddle has no minimizer and a saddle point at the origin")
  func saddle() throws {
    let problem = try TestProblems.problem(for: ProblemSpecification(name: "saddle", dimension: 2))
    #expect(problem.minimizers.isEmpty)
    #expect(problem.minimumValue == nil)
    #expect(problem.criticalPoints == [[0, 0]])
    let eigenvalues = try SymmetricEigendecomposition(problem.hessian(at: [0, 0])).values
    #expect(eigenvalues.contains { $0 > 0 } && eigenvalues.contains { $0 < 0 }, "\(eigenvalues)")
  }

  @Test("the quadratic's eigenvalues run geometrically from 1 to κ")
  func quadraticEigenvalues() {
    #expect(IllConditionedQuadratic(dimension: 1, condition: 100).eigenvalues == [1])
    let three = IllConditionedQuadratic(dimension: 3, condition: 100).eigenvalues
    #expect(three.count == 3)
    #expect(
      zip(three, [1.0, 10, 100]).allSatisfy { isApproximatelyEqual($0, $1, relativeTolerance: 1e-14) }, "\(three)")
  }

  @Test("known values: Rosenbrock at the classic start, Beale and Booth at the origin")
  func knownValues() {
    #expect(isApproximatelyEqual(Rosenbrock().value(at: [-1.2, 1]), 24.2, relativeTolerance: 1e-14))
    #expect(isApproximatelyEqual(Beale().value(at: [0, 0]), 14.203125, relativeTolerance: 1e-14))
    #expect(Booth().value(at: [0, 0]) == 74)
    #expect(Rosenbrock(dimension: 3).gradient(at: [1, 1, 1]) == [0, 0, 0])
  }

  @Test(
    "a bad specification names what is wrong",
    arguments: [
      (
        ProblemSpecification(name: "rosenbrok", dimension: 2),
        "unknown problem 'rosenbrok' (known: beale, booth, paraboloid, quadratic, rosenbrock, saddle, square)"
      ),
      (ProblemSpecification(name: "beale", dimension: 3), "beale takes 2 dimensions, got 3"),
      (ProblemSpecification(name: "square", dimension: 2), "square takes 1 dimension, got 2"),
      (ProblemSpecification(name: "rosenbrock", dimension: 1), "rosenbrock takes at least 2 dimensions, got 1"),
      (ProblemSpecification(name: "quadratic", dimension: 0), "quadratic takes at least 1 dimension, got 0"),
      (
        ProblemSpecification(name: "quadratic", dimension: 2, parameters: ["condition": 0.5]),
        "quadratic needs condition ≥ 1, got 0.5"
      ),
      (
        ProblemSpecification(name: "quadratic", dimension: 2, parameters: ["condition": .nan]),
        "quadratic needs condition ≥ 1, got nan"
      ),
      (
        ProblemSpecification(name: "quadratic", dimension: 2, parameters: ["kappa": 10]),
        "quadratic takes no parameter 'kappa' (it takes: condition)"
      ),
      (
        ProblemSpecification(name: "booth", dimension: 2, parameters: ["condition": 10]),
        "booth takes no parameter 'condition' (it takes none)"
      ),
    ])
  func errors(specification: ProblemSpecification, message: String) {
    #expect(throws: ProblemError.self, "\(specification)") { try TestProblems.objective(for: specification) }
    do {
      _ = try TestProblems.objective(for: specification)
    } catch {
      #expect(error.description == message)
    }
  }

  @Test("every name builds, and the names are sorted")
  func names() throws {
    #expect(TestProblems.names == TestProblems.names.sorted())
    #expect(TestProblems.names.count == 7)
    for specification in Self.specifications {
      let problem = try TestProblems.problem(for: specification)
      #expect(problem.name == specification.name)
      #expect(problem.dimension == specification.dimension)
      #expect(TestProblems.minimizers(of: specification) == problem.minimizers)
    }
  }
}
