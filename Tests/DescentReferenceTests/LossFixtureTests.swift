import DescentCore
import DescentReference
import DescentTestSupport
import Foundation
import Testing

/// The reference losses against torch autograd (float64), from the files
/// tools/golden/make_loss_fixtures.py wrote, and against their own numeric
/// gradients.
struct LossFixtureTests {
  static let linearCases = ["small", "regularized", "large-scores", "wide"].flatMap { name in
    ["softmax", "svm"].map { "linear-\($0)-\(name)" }
  }
  static let twoLayerCases = ["two-layer-small", "two-layer-regularized"]

  @Test("linear losses match torch to relative 1e-10", arguments: linearCases)
  func linearMatchesTorch(name: String) throws {
    let fixture = try LossFixtures.load(LinearLossFixture.self, name)
    let result = try fixture.kind.lossAndGradient(
      weights: fixture.weights, inputs: fixture.inputs, labels: fixture.y, regularization: fixture.reg)
    #expect(
      isApproximatelyEqual(result.loss, fixture.expected.loss, relativeTolerance: 1e-10),
      "\(name): loss \(result.loss), torch \(fixture.expected.loss)")
    try LossFixtures.expectClose(result.gradient, fixture.expected.dW, "\(name) dW")
  }

  @Test("two-layer network matches torch to relative 1e-10", arguments: twoLayerCases)
  func twoLayerMatchesTorch(name: String) throws {
    let fixture = try LossFixtures.load(TwoLayerFixture.self, name)
    let network = try fixture.network()
    let (loss, gradients) = try network.lossAndGradients(
      inputs: Matrix(fixture.X), labels: fixture.y, regularization: fixture.reg)
    #expect(
      isApproximatelyEqual(loss, fixture.expected.loss, relativeTolerance: 1e-10),
      "\(name): loss \(loss), torch \(fixture.expected.loss)")
    try LossFixtures.expectClose(gradients.w1, fixture.expected.dW1, "\(name) dW1")
    try LossFixtures.expectClose(gradients.w2, fixture.expected.dW2, "\(name) dW2")
    try LossFixtures.expectClose(Matrix([gradients.b1]), [fixture.expected.db1], "\(name) db1")
    try LossFixtures.expectClose(Matrix([gradients.b2]), [fixture.expected.db2], "\(name) db2")
  }

  @Test("linear losses' dW passes the full numeric gradient check (< 1e-7)", arguments: linearCases)
  func linearMatchesNumericGradient(name: String) throws {
    let fixture = try LossFixtures.load(LinearLossFixture.self, name)
    let objective = try LinearClassifierObjective(
      loss: fixture.kind, inputs: fixture.inputs, labels: fixture.y, classes: fixture.weights.columns,
      regularization: fixture.reg)
    // h = 1e-5 even for scores in the thousands: the rounding error
    // ε·|f|/h stays near 1e-8 of the gradient there.
    let check = try GradientCheck.full(objective, at: fixture.weights.scalars)
    #expect(check.relativeError < 1e-7, "\(name): \(check)")
  }

  @Test("the two-layer network's gradients pass the full numeric gradient check", arguments: twoLayerCases)
  func twoLayerMatchesNumericGradient(name: String) throws {
    let fixture = try LossFixtures.load(TwoLayerFixture.self, name)
    let network = try fixture.network()
    let objective = try TwoLayerNetworkObjective(
      inputs: Matrix(fixture.X), labels: fixture.y, hiddenWidth: network.hiddenWidth, classes: network.classes,
      regularization: fixture.reg)
    let check = try GradientCheck.full(objective, at: TwoLayerNetworkObjective.flatten(network))
    #expect(check.relativeError < 1e-7, "\(name): \(check)")
  }
}

/// Reads Fixtures/losses/*.json from the test bundle.
enum LossFixtures {
  static func load<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
    guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
      throw LossFixtureMissing(name: "Fixtures")
    }
    let url = folder.appendingPathComponent("losses").appendingPathComponent(name + ".json")
    guard let data = try? Data(contentsOf: url) else { throw LossFixtureMissing(name: name) }
    return try JSONDecoder().decode(T.self, from: data)
  }

  /// Shapes first, then every entry to relative 1e-10 (absolute 1e-14 for entries near 0).
  static func expectClose(_ actual: Matrix, _ expected: [[Double]], _ label: String) throws {
    let expectedMatrix = try Matrix(expected)
    try #require(actual.shape == expectedMatrix.shape, "\(label): shape \(actual.shape), torch \(expectedMatrix.shape)")
    for index in actual.scalars.indices {
      let (a, e) = (actual.scalars[index], expectedMatrix.scalars[index])
      #expect(
        isApproximatelyEqual(a, e, relativeTolerance: 1e-10, absoluteTolerance: 1e-14),
        "\(label)[\(index / actual.columns), \(index % actual.columns)]: \(a), torch \(e)")
    }
  }
}

/// A loss fixture that is not in the bundle.
struct LossFixtureMissing: Error, CustomStringConvertible {
  var name: String
  var description: String { "no loss fixture '\(name)': run tools/golden/make_loss_fixtures.py" }
}

/// linear-<loss>-<case>.json.
struct LinearLossFixture: Decodable {
  var loss: String
  var W: [[Double]]
  var X: [[Double]]
  var y: [Int]
  var reg: Double
  var expected: Expected

  struct Expected: Decodable {
    var loss: Double
    var dW: [[Double]]
  }

  var kind: LinearClassifierLoss {
    get throws {
      guard let kind = LinearClassifierLoss(rawValue: loss) else { throw LossFixtureMissing(name: "loss kind \(loss)") }
      return kind
    }
  }
  var weights: Matrix { get throws { try Matrix(W) } }
  var inputs: Matrix { get throws { try Matrix(X) } }
}

/// two-layer-<case>.json.
struct TwoLayerFixture: Decodable {
  var W1: [[Double]]
  var b1: [Double]
  var W2: [[Double]]
  var b2: [Double]
  var X: [[Double]]
  var y: [Int]
  var reg: Double
  var expected: Expected

  struct Expected: Decodable {
    var loss: Double
    var dW1: [[Double]]
    var db1: [Double]
    var dW2: [[Double]]
    var db2: [Double]
  }

  func network() throws -> TwoLayerNetwork {
    try TwoLayerNetwork(w1: Matrix(W1), b1: b1, w2: Matrix(W2), b2: b2)
  }
}
