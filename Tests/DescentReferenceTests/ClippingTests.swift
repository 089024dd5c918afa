import DescentCore
import DescentReference
import DescentTestSupport
import Testing

/// Gradient clipping against torch.nn.utils.clip_grad_norm_ and clip_grad_value_.
@Suite("Gradient clipping")
struct ClippingTests {
  struct File: Decodable {
    struct Case: Decodable {
      var kind: String
      var gradient: [Double]
      var clipped: [Double]
      var maxNorm: Double?
      var normType: NormType?
      var totalNorm: Double?
      var clipValue: Double?
      enum CodingKeys: String, CodingKey {
        case kind, gradient, clipped
        case maxNorm = "max_norm"
        case normType = "norm_type"
        case totalNorm = "total_norm"
        case clipValue = "clip_value"
      }
    }
    var cases: [Case]
  }

  /// torch's norm_type: a number, or the string "inf".
  struct NormType: Decodable {
    var value: Double
    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let number = try? container.decode(Double.self) {
        value = number
      } else {
        value = try container.decode(String.self) == "inf" ? .infinity : .nan
      }
    }
  }

  static func agree(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count
      && zip(a, b).allSatisfy { isApproximatelyEqual($0, $1, relativeTolerance: 1e-12, absoluteTolerance: 1e-15) }
  }

  @Test("clipping by norm (p = 1, 2, ∞) and by value give torch's numbers")
  func againstTorch() throws {
    let file = try OptimizerFixtures.load(File.self, from: "clipping.json")
    #expect(file.cases.count >= 40)
    for fixture in file.cases {
      if fixture.kind == "norm" {
        let clipping = try GradientNormClipping(
          maxNorm: try #require(fixture.maxNorm), normType: try #require(fixture.normType).value)
        let (clipped, total) = clipping.clipWithNorm(fixture.gradient)
        #expect(
          Self.agree(clipped, fixture.clipped),
          "norm \(clipping) of \(fixture.gradient): \(clipped) vs \(fixture.clipped)")
        #expect(Self.agree([total], [try #require(fixture.totalNorm)]), "total norm of \(fixture.gradient)")
      } else {
        let clipping = try GradientValueClipping(clipValue: try #require(fixture.clipValue))
        #expect(clipping.clip(fixture.gradient) == fixture.clipped, "value \(clipping) of \(fixture.gradient)")
      }
    }
  }

  @Test("a clipped gradient keeps its direction and has norm just under max_norm")
  func direction() throws {
    let clipping = try GradientNormClipping(maxNorm: 1)
    let clipped = clipping.clip([3, 4])
    #expect(Self.agree(clipped, [3 / (5 + 1e-6), 4 / (5 + 1e-6)]))
    #expect(clipping.clip([0.3, 0.4]) == [0.3, 0.4])
  }

  @Test("bad thresholds are refused with a one-line message")
  func refused() {
    #expect(throws: ClippingError.self) { try GradientNormClipping(maxNorm: -1) }
    #expect(throws: ClippingError.self) { try GradientNormClipping(maxNorm: .nan) }
    #expect(throws: ClippingError.self) { try GradientNormClipping(maxNorm: 1, normType: 0) }
    #expect(throws: ClippingError.self) { try GradientValueClipping(clipValue: -0.5) }
    #expect((try? GradientValueClipping(clipValue: -0.5)) == nil)
  }

  @Test("a clipped optimizer steps with the clipped gradient")
  func clippedOptimizer() throws {
    let rosenbrock = try TestProblems.objective(for: ProblemSpecification(name: "rosenbrock", dimension: 2))
    var optimizer = ClippedOptimizer(SGD(learningRate: 0.1), clipping: try GradientValueClipping(clipValue: 1))
    var x = [-1.2, 1.0]
    try optimizer.step(&x, on: rosenbrock)
    // ∇f(−1.2, 1) = (−215.6, −88), clamped to (−1, −1).
    #expect(Self.agree(x, [-1.1, 1.1]), "\(x)")
  }
}
