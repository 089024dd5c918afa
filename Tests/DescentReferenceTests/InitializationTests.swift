import DescentCore
import DescentReference
import DescentTestSupport
import Testing

/// Xavier/Glorot and He/Kaiming initialization: torch's gains and formulas,
/// and the statistics of seeded samples.
@Suite("Weight initialization")
struct InitializationTests {
  struct File: Decodable {
    struct Gain: Decodable {
      var nonlinearity: String
      var param: Double?
      var gain: Double
    }
    struct Shape: Decodable {
      var shape: [Int]
      var fanIn: Int
      var fanOut: Int
      var xavierUniformBound: Double
      var xavierNormalStd: Double
      var kaimingUniformBoundFanInRelu: Double
      var kaimingNormalStdFanInRelu: Double
      var kaimingNormalStdFanOutRelu: Double
      enum CodingKeys: String, CodingKey {
        case shape
        case fanIn = "fan_in"
        case fanOut = "fan_out"
        case xavierUniformBound = "xavier_uniform_bound"
        case xavierNormalStd = "xavier_normal_std"
        case kaimingUniformBoundFanInRelu = "kaiming_uniform_bound_fan_in_relu"
        case kaimingNormalStdFanInRelu = "kaiming_normal_std_fan_in_relu"
        case kaimingNormalStdFanOutRelu = "kaiming_normal_std_fan_out_relu"
      }
    }
    var gains: [Gain]
    var shapes: [Shape]
  }

  static let file = try? OptimizerFixtures.load(File.self, from: "initialization.json")

  static func close(_ a: Double, _ b: Double) -> Bool { isApproximatelyEqual(a, b, relativeTolerance: 1e-14) }

  @Test("gains are torch.nn.init.calculate_gain's")
  func gains() throws {
    let file = try #require(Self.file)
    let table: [String: Nonlinearity] = [
      "linear": .linear, "sigmoid": .sigmoid, "tanh": .tanh, "relu": .relu, "leaky_relu": .leakyReLU(), "selu": .selu,
    ]
    #expect(file.gains.count == 7)
    for entry in file.gains {
      var nonlinearity = try #require(table[entry.nonlinearity], "\(entry.nonlinearity)")
      if let slope = entry.param { nonlinearity = .leakyReLU(negativeSlope: slope) }
      #expect(
        Self.close(nonlinearity.gain, entry.gain), "\(entry.nonlinearity) \(entry.param ?? 0): \(nonlinearity.gain)")
    }
  }

  @Test("bounds and standard deviations follow torch.nn.init for each shape")
  func formulas() throws {
    let file = try #require(Self.file)
    #expect(file.shapes.count == 3)
    for s in file.shapes {
      // torch's weight is (fan_out, fan_in).
      #expect(s.shape == [s.fanOut, s.fanIn])
      let (i, o) = (s.fanIn, s.fanOut)
      #expect(Self.close(XavierInitialization(.uniform).bound(fanIn: i, fanOut: o), s.xavierUniformBound))
      #expect(Self.close(XavierInitialization(.normal).standardDeviation(fanIn: i, fanOut: o), s.xavierNormalStd))
      #expect(Self.close(KaimingInitialization(.uniform).bound(fanIn: i, fanOut: o), s.kaimingUniformBoundFanInRelu))
      #expect(
        Self.close(KaimingInitialization(.normal).standardDeviation(fanIn: i, fanOut: o), s.kaimingNormalStdFanInRelu))
      #expect(
        Self.close(
          KaimingInitialization(.normal, mode: .fanOut).standardDeviation(fanIn: i, fanOut: o),
          s.kaimingNormalStdFanOutRelu))
    }
  }

  @Test(
    "seeded samples have the promised spread",
    arguments: [
      ("xavier uniform", 0 as UInt64), ("xavier normal", 1), ("kaiming uniform", 2), ("kaiming normal", 3),
      ("kaiming normal fan_out tanh", 4),
    ])
  func samples(method: String, seed: UInt64) {
    let (inputs, outputs) = (300, 200)
    var generator = SeededGenerator(seed: seed)
    let weights: Matrix
    let std: Double
    var bound = Double.infinity
    switch method {
    case "xavier uniform":
      let xavier = XavierInitialization(.uniform, gain: Nonlinearity.tanh.gain)
      (weights, std) = (
        xavier.weights(inputs: inputs, outputs: outputs, using: &generator),
        xavier.standardDeviation(fanIn: inputs, fanOut: outputs)
      )
      bound = xavier.bound(fanIn: inputs, fanOut: outputs)
    case "xavier normal":
      let xavier = XavierInitialization(.normal)
      (weights, std) = (
        xavier.weights(inputs: inputs, outputs: outputs, using: &generator),
        xavier.standardDeviation(fanIn: inputs, fanOut: outputs)
      )
    case "kaiming uniform":
      let kaiming = KaimingInitialization(.uniform)
      (weights, std) = (
        kaiming.weights(inputs: inputs, outputs: outputs, using: &generator),
        kaiming.standardDeviation(fanIn: inputs, fanOut: outputs)
      )
      bound = kaiming.bound(fanIn: inputs, fanOut: outputs)
    case "kaiming normal":
      let kaiming = KaimingInitialization(.normal)
      (weights, std) = (
        kaiming.weights(inputs: inputs, outputs: outputs, using: &generator),
        kaiming.standardDeviation(fanIn: inputs, fanOut: outputs)
      )
    default:
      let kaiming = KaimingInitialization(.normal, mode: .fanOut, nonlinearity: .tanh)
      (weights, std) = (
        kaiming.weights(inputs: inputs, outputs: outputs, using: &generator),
        kaiming.standardDeviation(fanIn: inputs, fanOut: outputs)
      )
    }
    #expect(weights.rows == inputs && weights.columns == outputs)
    let values = weights.scalars
    let mean = values.reduce(0, +) / Double(values.count)
    let sampleStd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)).squareRoot()
    // 60 000 draws: the sample std is within 1% of σ, the mean within 0.02σ (both ≫ 4 standard errors).
    #expect(abs(sampleStd / std - 1) < 0.01, "\(method), seed \(seed): sample std \(sampleStd), σ \(std)")
    #expect(abs(mean) < 0.02 * std, "\(method), seed \(seed): mean \(mean)")
    #expect(values.allSatisfy { abs($0) <= bound }, "\(method): a draw beyond ±\(bound)")
  }

  @Test("the same seed gives the same weights, another seed others")
  func reproducible() {
    let kaiming = KaimingInitialization(.normal)
    var first = SeededGenerator(seed: 42)
    var second = SeededGenerator(seed: 42)
    var other = SeededGenerator(seed: 43)
    let a = kaiming.weights(inputs: 4, outputs: 3, using: &first)
    #expect(a.scalars == kaiming.weights(inputs: 4, outputs: 3, using: &second).scalars)
    #expect(a.scalars != kaiming.weights(inputs: 4, outputs: 3, using: &other).scalars)
  }
}
