import DescentCore
import DescentReference
import DescentTestSupport
import Foundation
import Testing

/// `descent reference loss` end to end: the built executable reads a batch,
/// prints the reference loss and dW, and rejects bad input with exit 2 and
/// one line.
struct LossCommandTests {
  /// The output object.
  struct Output: Decodable {
    var loss: Double
    var dW: [[Double]]
  }

  @Test(
    "prints torch's loss and dW for a fixture batch",
    arguments: ["linear-softmax-regularized", "linear-svm-large-scores"])
  func printsLossAndGradient(name: String) throws {
    let fixture = try LossFixtures.load(LinearLossFixture.self, name)
    let input = try LossFixtures.url(name)
    let result = try DescentExecutable.run(["reference", "loss", "--loss", fixture.loss, "--input", input.path])
    try #require(result.status == 0, "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    let output = try JSONDecoder().decode(Output.self, from: result.standardOutputData)
    #expect(
      isApproximatelyEqual(output.loss, fixture.expected.loss, relativeTolerance: 1e-10), "\(name): \(output.loss)")
    try LossFixtures.expectClose(Matrix(output.dW), fixture.expected.dW, "\(name) dW from descent")
  }

  @Test("reads standard input with --input -")
  func readsStandardInput() throws {
    let batch = Data(#"{"W": [[1, -1], [0.5, 2]], "X": [[1, 2], [3, -1]], "y": [0, 1], "reg": 0.1}"#.utf8)
    let result = try DescentExecutable.run(
      ["reference", "loss", "--loss", "svm", "--input", "-"], standardInput: batch)
    try #require(result.status == 0, "\(result)")
    let output = try JSONDecoder().decode(Output.self, from: result.standardOutputData)
    let expected = try MulticlassSVM.lossAndGradient(
      weights: Matrix([[1, -1], [0.5, 2]]), inputs: Matrix([[1, 2], [3, -1]]), labels: [0, 1], regularization: 0.1)
    #expect(output.loss == expected.loss, "the printed loss must read back as the same float64")
    #expect(output.dW == expected.gradient.nestedRows)
  }

  static let badInputs: [(label: String, loss: String, json: String, mentions: [String])] = [
    ("label out of range", "softmax", #"{"W": [[1, 2]], "X": [[1]], "y": [2], "reg": 0}"#, ["y[0] = 2", "0..<2"]),
    ("negative label", "svm", #"{"W": [[1, 2]], "X": [[1], [2]], "y": [0, -1], "reg": 0}"#, ["y[1] = -1"]),
    ("shape mismatch", "svm", #"{"W": [[1, 2]], "X": [[1, 2, 3]], "y": [0], "reg": 0}"#, ["1×3", "1×2"]),
    ("ragged W", "softmax", #"{"W": [[1, 2], [3]], "X": [[1, 2]], "y": [0], "reg": 0}"#, ["W"]),
    ("label count", "softmax", #"{"W": [[1, 2]], "X": [[1], [2]], "y": [0], "reg": 0}"#, ["1 labels", "2 rows"]),
    ("malformed JSON", "softmax", #"{"W": [[1, 2]"#, ["not valid JSON"]),
    ("missing field", "svm", #"{"W": [[1, 2]], "X": [[1]], "y": [0]}"#, ["reg"]),
    ("negative reg", "svm", #"{"W": [[1, 2]], "X": [[1]], "y": [0], "reg": -1}"#, ["reg"]),
    ("unknown loss", "hinge", #"{"W": [[1, 2]], "X": [[1]], "y": [0], "reg": 0}"#, ["hinge", "softmax", "svm"]),
  ]

  @Test("bad input exits 2 with one line naming the problem", arguments: badInputs.indices)
  func badInput(index: Int) throws {
    let bad = Self.badInputs[index]
    let result = try DescentExecutable.run(
      ["reference", "loss", "--loss", bad.loss, "--input", "-"], standardInput: Data(bad.json.utf8))
    #expect(result.status == 2, "\(bad.label): \(result)")
    #expect(!result.wasSignaled, "\(bad.label): \(result)")
    #expect(result.standardOutput.isEmpty, "\(bad.label): \(result)")
    #expect(result.standardErrorLines.count == 1, "\(bad.label): \(result)")
    for word in bad.mentions {
      #expect(result.standardError.contains(word), "\(bad.label): stderr should mention '\(word)': \(result)")
    }
  }
}

extension LossFixtures {
  /// Fixtures/losses/`name`.json in the test bundle.
  static func url(_ name: String) throws -> URL {
    guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
      throw LossFixtureMissing(name: "Fixtures")
    }
    return folder.appendingPathComponent("losses").appendingPathComponent(name + ".json")
  }
}
