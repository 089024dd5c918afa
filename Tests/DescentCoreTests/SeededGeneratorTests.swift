import DescentCore
import Testing

/// SeededGenerator's first outputs, pinned against the independent
/// implementation in tools/splitmix64.py (`python3 tools/splitmix64.py`).
struct SeededGeneratorTests {
  struct Pinned: Sendable, CustomStringConvertible {
    var seed: UInt64
    var next: [UInt64]
    var uniform: [Double]
    var normal: [Double]
    var intBelow10: [Int]
    var shuffle: [Int]
    var description: String { "seed \(seed)" }
  }

  static let pinned: [Pinned] = [
    Pinned(
      seed: 0, next: [16294208416658607535, 7960286522194355700, 487617019471545679, 17909611376780542444],
      uniform: [0.8833108082136426, 0.43152799704850997, 0.026433771592597743],
      normal: [-1.8839083333524405, 0.8645068595575148, 0.22760793546360525, -0.04211268468683916],
      intBelow10: [5, 0, 9, 4, 7], shuffle: [6, 3, 2, 9, 8, 1, 4, 7, 0, 5]),
    Pinned(
      seed: 1, next: [10451216379200822465, 13757245211066428519, 17911839290282890590, 8196980753821780235],
      uniform: [0.5665615751722809, 0.7457817572627011, 0.9710027535867962],
      normal: [-0.034267321791851144, -1.2926085332373185, -2.5000674933698677, 0.9114665864092971],
      intBelow10: [5, 9, 0, 5, 1], shuffle: [4, 2, 8, 1, 9, 3, 0, 6, 7, 5]),
    Pinned(
      seed: 42, next: [13679457532755275413, 2949826092126892291, 5139283748462763858, 6349198060258255764],
      uniform: [0.7415648787718233, 0.1599103928769201, 0.27860113025513866],
      normal: [0.8822489062222688, 1.388473285287707, -0.4508498757188601, 0.6707164409024291],
      intBelow10: [3, 1, 8, 4, 0], shuffle: [0, 9, 5, 8, 6, 4, 7, 2, 1, 3]),
  ]

  @Test("the 64-bit outputs are SplitMix64's", arguments: pinned)
  func nextOutputs(expected: Pinned) {
    var generator = SeededGenerator(seed: expected.seed)
    #expect((0..<4).map { _ in generator.next() } == expected.next, "\(expected)")
  }

  @Test("uniforms are the top 53 bits times 2⁻⁵³, bit for bit", arguments: pinned)
  func uniforms(expected: Pinned) {
    var generator = SeededGenerator(seed: expected.seed)
    let drawn = (0..<3).map { _ in generator.nextUniform() }
    // The uniform stream is exact: compare bit patterns, not approximately.
    #expect(drawn.map(\.bitPattern) == expected.uniform.map(\.bitPattern), "\(expected): \(drawn)")
  }

  @Test("Box–Muller normals agree to within a few ulps of libm", arguments: pinned)
  func normals(expected: Pinned) {
    var generator = SeededGenerator(seed: expected.seed)
    let drawn = (0..<4).map { _ in generator.nextNormal() }
    #expect(drawn.count == expected.normal.count)
    for (index, (value, pinned)) in zip(drawn, expected.normal).enumerated() {
      #expect(abs(value - pinned) <= 8 * pinned.ulp, "\(expected), normal \(index): \(value) vs \(pinned)")
    }
  }

  @Test("integers below n are unbiased draws, as pinned", arguments: pinned)
  func integers(expected: Pinned) {
    var generator = SeededGenerator(seed: expected.seed)
    #expect((0..<5).map { _ in generator.nextInt(below: 10) } == expected.intBelow10, "\(expected)")
  }

  @Test("Fisher–Yates shuffles match", arguments: pinned)
  func shuffles(expected: Pinned) {
    var generator = SeededGenerator(seed: expected.seed)
    #expect(generator.shuffledIndices(count: 10) == expected.shuffle, "\(expected)")
    var elements = Array(0..<10)
    var again = SeededGenerator(seed: expected.seed)
    again.shuffle(&elements)
    #expect(elements == expected.shuffle, "\(expected): shuffle(_:) and shuffledIndices differ")
  }

  @Test("draws stay in range and are reproducible")
  func rangesAndReproducibility() {
    var first = SeededGenerator(seed: 7)
    var second = SeededGenerator(seed: 7)
    for _ in 0..<1_000 {
      let u = first.uniform(in: -2.0..<3.0)
      #expect(u >= -2 && u < 3)
      #expect(u == second.uniform(in: -2.0..<3.0))
      let k = first.nextInt(below: 7)
      #expect((0..<7).contains(k))
      #expect(k == second.nextInt(below: 7))
    }
    #expect(first.nextInt(below: 1) == 0)
    #expect(first.nextInt(below: 0) == 0)
    #expect(first.shuffledIndices(count: 0).isEmpty)
  }
}
