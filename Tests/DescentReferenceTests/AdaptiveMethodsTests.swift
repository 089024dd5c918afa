import DescentCore
import DescentReference
import DescentTestSupport
import Testing

/// The two methods torch.optim lacks, against their equations worked by hand.
@Suite("RMSProp with Nesterov momentum and AdaGrad-Norm")
struct AdaptiveMethodsTests {
  static let paraboloid = Paraboloid()

  @Test("AdaGrad-Norm divides every coordinate by one √(Σ‖g‖²)")
  func adagradNorm() throws {
    var method = AdaGradNorm(learningRate: 0.5, epsilon: 0)
    var x = [3.0, 4.0]
    try method.step(&x, on: Self.paraboloid)
    // g = (6, 8), G = 100: x ← x − 0.5·g/10.
    let first: [Double] = [3 - 0.5 * 6 / 10, 4 - 0.5 * 8 / 10]
    #expect(x == first)
    let g = Self.paraboloid.gradient(at: x)
    let accumulated = 100 + g[0] * g[0] + g[1] * g[1]
    let expected = zip(x, g).map { $0 - 0.5 * $1 / accumulated.squareRoot() }
    try method.step(&x, on: Self.paraboloid)
    #expect(x == expected)
  }

  @Test("RMSProp with Nesterov momentum takes the gradient at x + αv (Deep Learning, Algorithm 8.7)")
  func rmspropNesterov() throws {
    let (lr, rho, alpha) = (0.1, 0.9, 0.5)
    var method = RMSPropNesterov(learningRate: lr, rho: rho, momentum: alpha)
    var x = [1.0, -2.0]
    try method.step(&x, on: Self.paraboloid)
    // v = 0, so x̃ = x; r = 0.1·g²; v = −lr·g/√r = −lr·sign(g)/√0.1.
    let root: Double = 0.1.squareRoot()
    let first: [Double] = [1.0 - lr / root, -2.0 + lr / root]
    #expect(zip(x, first).allSatisfy { isApproximatelyEqual($0, $1, relativeTolerance: 1e-15) }, "\(x)")
    let v = zip(x, [1.0, -2.0]).map { $0 - $1 }
    let lookAhead = zip(x, v).map { $0 + alpha * $1 }
    let g = Self.paraboloid.gradient(at: lookAhead)
    let initial: [Double] = [2.0, -4.0]
    var r: [Double] = []
    for (g0, g1) in zip(initial, g) {
      let old: Double = (1 - rho) * g0 * g0
      r.append(rho * old + (1 - rho) * g1 * g1)
    }
    var newV: [Double] = []
    for i in 0..<2 {
      let scaled: Double = lr * g[i] / r[i].squareRoot()
      newV.append(alpha * v[i] - scaled)
    }
    let second = zip(x, newV).map { $0 + $1 }
    try method.step(&x, on: Self.paraboloid)
    #expect(zip(x, second).allSatisfy { isApproximatelyEqual($0, $1, relativeTolerance: 1e-14) }, "\(x) \(second)")
  }
}
