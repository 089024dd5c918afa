import DescentCore
import DescentReference
import Testing

/// The elementwise optimizers' AVX2 kernels against their Swift loops: the
/// same bits for every variant, special values included.
@Suite("Elementwise AVX2 kernels", .enabled(if: Adam.hasVectorKernel, "this CPU has no AVX2"))
struct AdaptiveKernelTests {
  /// A start and a gradient of 1,027 coordinates, some of them special.
  static func data(seed: UInt64) -> (x: [Double], g: [Double]) {
    var generator = SeededGenerator(seed: seed)
    let specials: [Double] = [.nan, .infinity, -.infinity, -0.0, .leastNonzeroMagnitude, 1e300, -1e-300]
    let column = { (scale: Double) in
      (0..<1_027).map { i in
        i % 17 == 3 ? specials[i % specials.count] : generator.nextNormal(mean: 0, standardDeviation: scale)
      }
    }
    return (column(3), column(1))
  }

  static func expectSameBits(_ a: [Double], _ b: [Double], _ context: String) {
    let first = a.indices.first { a[$0].bitPattern != b[$0].bitPattern }
    #expect(
      first == nil, "\(context): x[\(first ?? -1)] kernel \(first.map { a[$0] } ?? 0), loop \(first.map { b[$0] } ?? 0)"
    )
  }

  @Test("AdaGrad: 20 steps, with and without weight decay", arguments: [0.0, 0.01])
  func adagrad(weightDecay: Double) throws {
    let (start, gradient) = Self.data(seed: 5)
    var kernel = AdaGrad(learningRate: 0.1, learningRateDecay: 0.01, weightDecay: weightDecay)
    var loop = kernel
    loop.usesVectorKernel = false
    var (xk, xl) = (start, start)
    for _ in 0..<20 {
      try kernel.update(&xk, gradient: gradient)
      try loop.update(&xl, gradient: gradient)
    }
    Self.expectSameBits(xk, xl, "x")
    Self.expectSameBits(kernel.sumOfSquares, loop.sumOfSquares, "G")
  }

  @Test(
    "RMSProp: 20 steps, centered or not, with or without momentum and weight decay",
    arguments: [false, true], [0.0, 0.9])
  func rmsprop(centered: Bool, momentum: Double) throws {
    for weightDecay in [0.0, 0.01] {
      let (start, gradient) = Self.data(seed: centered ? 7 : 8)
      var kernel = RMSProp(
        learningRate: 0.01, alpha: 0.99, epsilon: 1e-8, weightDecay: weightDecay, momentum: momentum,
        centered: centered)
      var loop = kernel
      loop.usesVectorKernel = false
      var (xk, xl) = (start, start)
      for _ in 0..<20 {
        try kernel.update(&xk, gradient: gradient)
        try loop.update(&xl, gradient: gradient)
      }
      let context = "centered \(centered), momentum \(momentum), weight decay \(weightDecay)"
      Self.expectSameBits(xk, xl, context)
      Self.expectSameBits(kernel.squareAverage, loop.squareAverage, context + ", v")
    }
  }

  /// 20 steps of `make(true)` and `make(false)` from the same start give the same bits.
  static func expectSameSteps<O: GradientOptimizer>(
    _ context: String, seed: UInt64, _ make: (Bool) -> O
  ) throws {
    let (start, gradient) = data(seed: seed)
    var (kernel, loop) = (make(true), make(false))
    var (xk, xl) = (start, start)
    for _ in 0..<20 {
      try kernel.update(&xk, gradient: gradient)
      try loop.update(&xl, gradient: gradient)
    }
    expectSameBits(xk, xl, context)
  }

  @Test(
    "SGD: plain, momentum, dampening, Nesterov, weight decay", arguments: [0.0, 0.9], [false, true])
  func sgd(momentum: Double, nesterov: Bool) throws {
    for (dampening, weightDecay) in [(0.0, 0.0), (0.5, 0.0), (0.0, 0.01)] where !(nesterov && dampening != 0) {
      try Self.expectSameSteps(
        "momentum \(momentum), nesterov \(nesterov), dampening \(dampening), weight decay \(weightDecay)", seed: 21
      ) { kernel in
        var sgd = SGD(
          learningRate: 0.01, momentum: momentum, dampening: dampening, weightDecay: weightDecay, nesterov: nesterov)
        sgd.usesVectorKernel = kernel
        return sgd
      }
    }
  }

  @Test("AdaDelta, AdamW and NAdam, with and without weight decay", arguments: [0.0, 0.01])
  func others(weightDecay: Double) throws {
    try Self.expectSameSteps("adadelta, weight decay \(weightDecay)", seed: 31) { kernel in
      var optimizer = AdaDelta(weightDecay: weightDecay)
      optimizer.usesVectorKernel = kernel
      return optimizer
    }
    try Self.expectSameSteps("adamw, weight decay \(weightDecay)", seed: 32) { kernel in
      var optimizer = AdamW(learningRate: 0.01, weightDecay: weightDecay)
      optimizer.usesVectorKernel = kernel
      return optimizer
    }
    for decoupled in [false, true] {
      try Self.expectSameSteps("nadam, weight decay \(weightDecay), decoupled \(decoupled)", seed: 33) { kernel in
        var optimizer = NAdam(weightDecay: weightDecay, decoupledWeightDecay: decoupled)
        optimizer.usesVectorKernel = kernel
        return optimizer
      }
    }
  }
}
