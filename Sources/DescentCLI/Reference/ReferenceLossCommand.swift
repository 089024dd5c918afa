import ArgumentParser
import DescentCore
import DescentReference
import Foundation

/// `descent reference loss`: the reference value and gradient of a linear
/// classifier's loss on a batch read from a JSON file.
struct ReferenceLossCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "loss",
    abstract: "Print a linear classifier's loss and its gradient dW on a batch.",
    discussion: """
      The input file holds one JSON object: {"W": [[...]], "X": [[...]], "y": [...], "reg": λ} with \
      W of shape D×C (weights), X of shape N×D (one example per row), y of N whole-number labels in \
      0..<C, and reg the L2 regularization strength. Scores are X·W.

      Prints {"loss": L, "dW": [[...]]} with dW of shape D×C. Numbers are written so that they read \
      back as the same float64; NaN and infinities are written as the strings "NaN", "Infinity" and \
      "-Infinity".

      Examples:
        descent reference loss --loss softmax --input batch.json
        descent reference loss --loss svm --input - < batch.json

      Exit status: 0 on success, 2 for input that cannot be used (one line on standard error naming it).
      """)

  /// Read as text and checked in ``run()``, so that an unknown loss is bad
  /// input (exit 2, one line) like every other.
  @Option(help: ArgumentHelp("softmax (cross-entropy) or svm (multiclass hinge, margin 1).", valueName: "softmax|svm"))
  var loss: String

  @Option(help: ArgumentHelp("The batch as JSON; - reads standard input.", valueName: "file.json"))
  var input: String

  func run() throws {
    let kind = try ReferenceFailure.input { () throws(ReferenceInputError) -> LinearClassifierLoss in
      guard let kind = LinearClassifierLoss(rawValue: loss) else {
        let known = LinearClassifierLoss.allCases.map(\.rawValue).joined(separator: ", ")
        throw ReferenceInputError("unknown loss '\(loss)' for --loss (known: \(known))")
      }
      return kind
    }
    let batch = try ReferenceFailure.input { try LossBatch(contentsOf: input) }
    let result = try ReferenceFailure.input { try batch.evaluate(kind) }
    let json = ReferenceJSON.object([
      ("loss", .number(result.loss)),
      ("dW", .rows(result.gradient.nestedRows)),
    ])
    print(json.text)
  }
}

/// A batch for a linear classifier, read and checked from JSON.
struct LossBatch {
  /// W, D×C.
  var weights: Matrix
  /// X, N×D.
  var inputs: Matrix
  /// y, N labels in 0..<C.
  var labels: [Int]
  /// λ.
  var regularization: Double

  private struct File: Decodable {
    var W: [[Double]]
    var X: [[Double]]
    /// Decoded as numbers and checked to be whole, so that `0.5` is reported
    /// as a bad label rather than as invalid JSON.
    var y: [Double]
    var reg: Double
  }

  /// Reads the batch from `path` (`-` for standard input) and checks its shapes and labels.
  init(contentsOf path: String) throws(ReferenceInputError) {
    let name = path == "-" ? "standard input" : path
    let data: Data
    do {
      data =
        path == "-"
        ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw ReferenceInputError("cannot read \(name): \((error as NSError).localizedDescription)")
    }
    let file: File
    do {
      file = try JSONDecoder().decode(File.self, from: data)
    } catch let error as DecodingError {
      if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
        throw ReferenceInputError("\(name): not valid JSON\(Self.syntaxDetail(data))")
      }
      throw ReferenceInputError("\(name): \(Self.describe(error))")
    } catch {
      throw ReferenceInputError("\(name): not valid JSON")
    }
    try self.init(file, name: name)
  }

  private init(_ file: File, name: String) throws(ReferenceInputError) {
    do {
      weights = try Matrix(file.W)
    } catch {
      throw ReferenceInputError("\(name): W's rows differ in length (\(error.reason))")
    }
    do {
      inputs = try Matrix(file.X)
    } catch {
      throw ReferenceInputError("\(name): X's rows differ in length (\(error.reason))")
    }
    guard weights.rows > 0, weights.columns > 0 else {
      throw ReferenceInputError("\(name): W is empty (it must be D×C with D, C ≥ 1)")
    }
    guard inputs.rows > 0 else { throw ReferenceInputError("\(name): X has no rows (it must be N×D with N ≥ 1)") }
    guard inputs.columns == weights.rows else {
      throw ReferenceInputError(
        "\(name): X is \(inputs.shape) but W is \(weights.shape): X's columns must equal W's rows (D)")
    }
    if let index = file.y.firstIndex(where: { $0.rounded() != $0 || abs($0) > 1e15 }) {
      throw ReferenceInputError("\(name): y[\(index)] = \(file.y[index]) is not a whole-number label")
    }
    let labels = file.y.map { Int($0) }
    guard labels.count == inputs.rows else {
      throw ReferenceInputError("\(name): y has \(file.y.count) labels but X has \(inputs.rows) rows")
    }
    let classes = weights.columns
    if let index = labels.firstIndex(where: { $0 < 0 || $0 >= classes }) {
      throw ReferenceInputError(
        "\(name): y[\(index)] = \(labels[index]) is out of range: labels must lie in 0..<\(classes) (W's columns)")
    }
    guard file.reg >= 0, file.reg.isFinite else {
      throw ReferenceInputError("\(name): reg must be finite and 0 or more, got \(file.reg)")
    }
    guard weights.scalars.allSatisfy(\.isFinite), inputs.scalars.allSatisfy(\.isFinite) else {
      throw ReferenceInputError("\(name): W and X must be finite")
    }
    self.labels = labels
    regularization = file.reg
  }

  /// Where the JSON syntax breaks, as Foundation's parser words it
  /// (" (Unexpected end of file during JSON parse.)"), or nothing.
  private static func syntaxDetail(_ data: Data) -> String {
    do {
      _ = try JSONSerialization.jsonObject(with: data)
      return ""
    } catch {
      guard let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String else { return "" }
      return " (\(detail))"
    }
  }

  /// A one-line account of why decoding failed, naming the field.
  private static func describe(_ error: DecodingError) -> String {
    func path(_ context: DecodingError.Context) -> String {
      var text = ""
      for key in context.codingPath {
        if let index = key.intValue {
          text += "[\(index)]"
        } else {
          text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
        }
      }
      return text.isEmpty ? "the top level" : text
    }
    switch error {
    case .keyNotFound(let key, _): return "missing field '\(key.stringValue)' (needs W, X, y and reg)"
    case .typeMismatch(let type, let context):
      let expected = type == Int.self ? "a whole number" : type == Double.self ? "a number" : "\(type)"
      return "\(path(context)) must be \(expected)"
    case .valueNotFound(let type, let context): return "\(path(context)) is null, expected \(type)"
    case .dataCorrupted(let context):
      return context.codingPath.isEmpty ? "not valid JSON" : "\(path(context)): \(context.debugDescription)"
    @unknown default: return "not valid JSON"
    }
  }
}

extension LossBatch {
  /// The loss and dW from the reference losses (``SoftmaxCrossEntropy``, ``MulticlassSVM``).
  func evaluate(_ loss: LinearClassifierLoss) throws(ReferenceInputError) -> (loss: Double, gradient: Matrix) {
    do {
      let result = try loss.lossAndGradient(
        weights: weights, inputs: inputs, labels: labels, regularization: regularization)
      return (result.loss, result.gradient)
    } catch {
      throw ReferenceInputError(error.description)
    }
  }
}
