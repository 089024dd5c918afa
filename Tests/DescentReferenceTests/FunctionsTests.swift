import DescentCore
import DescentReference
import DescentTestSupport
import Testing

/// The reference-only functions and the name lookup over every function.
struct FunctionsTests {
  @Test("names cover himmelblau, styblinski_tang and every test problem, sorted")
  func names() {
    let names = ReferenceFunctions.names
    #expect(names.contains("himmelblau") && names.contains("styblinski_tang"))
    #expect(Set(TestProblems.names).isSubset(of: Set(names)))
    #expect(names == names.sorted())
  }

  @Test("Himmelblau: its four minima have f = 0 and ∇f = 0; f(0, 0) = 170")
  func himmelblauMinima() throws {
    let f = try ReferenceFunctions.objective(named: "himmelblau", dimension: 2)
    #expect(f.value(at: [3, 2]) == 0)
    #expect(f.gradient(at: [3, 2]) == [0, 0])
    #expect(f.value(at: [0, 0]) == 170)
    for minimum in [[-2.805118, 3.131312], [-3.779310, -3.283186], [3.584428, -1.848126]] {
      #expect(f.value(at: minimum) < 1e-9, "f\(minimum) = \(f.value(at: minimum))")
      #expect(f.hessian(at: minimum)[0, 0] > 0)
    }
  }

  @Test("Styblinski–Tang: separable, minimum ≈ −39.16617·n at xᵢ ≈ −2.903534", arguments: [1, 2, 5])
  func styblinskiTangMinimum(dimension: Int) throws {
    let f = try ReferenceFunctions.objective(named: "styblinski_tang", dimension: dimension)
    #expect(f.dimension == dimension)
    let x = [Double](repeating: -2.903534, count: dimension)
    #expect(abs(f.value(at: x) / Double(dimension) + 39.16617) < 1e-5)
    #expect(f.gradient(at: x).allSatisfy { abs($0) < 1e-4 })
    #expect(f.hessian(at: x)[0, 0] > 0)
  }

  @Test(
    "analytic gradients and Hessians pass the checks at seeded points",
    arguments: [
      ("himmelblau", 2), ("styblinski_tang", 1), ("styblinski_tang", 6),
    ])
  func derivativesPassChecks(name: String, dimension: Int) throws {
    let f = try ReferenceFunctions.objective(named: name, dimension: dimension)
    var generator = SeededGenerator(seed: 17)
    for seed in UInt64(0)..<4 {
      let x = (0..<dimension).map { _ in generator.uniform(in: -4.0..<4.0) }
      let full = try GradientCheck.full(f, at: x)
      let second = try GradientCheck.hessianVector(f, at: x, seed: seed)
      #expect(full.verdict == .correct, "\(name) at \(x): \(full)")
      #expect(second.verdict == .correct, "\(name) at \(x): \(second)")
      let hessian = f.hessian(at: x)
      let columns = (0..<dimension).map { j in
        f.hessianVectorProduct(at: x, along: (0..<dimension).map { $0 == j ? 1 : 0 })
      }
      for i in 0..<dimension {
        for j in 0..<dimension {
          #expect(hessian[i, j] == hessian[j, i], "\(name): Hessian not symmetric at (\(i), \(j))")
          #expect(abs(hessian[i, j] - columns[j][i]) < 1e-12, "\(name): Hessian and Hv differ at (\(i), \(j))")
        }
      }
    }
  }

  @Test("test problem names delegate to TestProblems")
  func delegation() throws {
    let f = try ReferenceFunctions.objective(named: "rosenbrock", dimension: 3)
    let g = try TestProblems.objective(for: ProblemSpecification(name: "rosenbrock", dimension: 3))
    #expect(f.value(at: [0.5, -1, 2]) == g.value(at: [0.5, -1, 2]))
    #expect(f.dimension == 3)
  }

  @Test("an unknown name lists the known ones; a wrong dimension says which it takes")
  func errors() {
    #expect {
      _ = try ReferenceFunctions.objective(named: "himmelblau2", dimension: 2)
    } throws: { error in
      let text = String(describing: error)
      return text.contains("himmelblau2") && text.contains("styblinski_tang") && text.contains("rosenbrock")
    }
    #expect(throws: ReferenceFunctionError.wrongDimension(function: "himmelblau", required: "2", got: 3)) {
      _ = try ReferenceFunctions.objective(named: "himmelblau", dimension: 3)
    }
    #expect(throws: ReferenceFunctionError.wrongDimension(function: "styblinski_tang", required: "at least 1", got: 0))
    {
      _ = try ReferenceFunctions.objective(named: "styblinski_tang", dimension: 0)
    }
    #expect(throws: ReferenceFunctionError.wrongDimension(function: "beale", required: "2", got: 4)) {
      _ = try ReferenceFunctions.objective(named: "beale", dimension: 4)
    }
    #expect(
      ReferenceFunctionError.wrongDimension(function: "himmelblau", required: "2", got: 3).description
        == "himmelblau takes 2 dimensions, got 3")
  }
}
