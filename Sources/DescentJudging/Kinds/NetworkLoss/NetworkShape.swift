import DescentCore

/// The sizes of the two-layer network, D, H and C, and the names of the
/// entries of its flattened parameters (W1 row by row, b1, W2, b2), for
/// messages such as "dW2[3, 1]".
public struct NetworkShape: Codable, Sendable, Equatable {
  /// D, the input features.
  public var inputs: Int
  /// H, the hidden units.
  public var hidden: Int
  /// C, the classes.
  public var classes: Int

  /// Creates the shape.
  public init(inputs: Int, hidden: Int, classes: Int) {
    self.inputs = inputs
    self.hidden = hidden
    self.classes = classes
  }

  /// The shape of a network specification.
  public init(of network: NetworkSpecification) {
    self.init(inputs: network.inputs, hidden: network.hidden, classes: network.classes)
  }

  /// D·H + H + H·C + C.
  public var count: Int { NetworkParameters.entryCount(inputs: inputs, hidden: hidden, classes: classes) }

  /// The shapes the student's gradients must have: dW1 D×H, db1 H, dW2 H×C, db2 C.
  var gradientShapes: [Int] { [inputs, hidden, hidden, hidden, classes, classes] }

  /// The name of entry `index` with `prefix` ("d" for a gradient, "" for a parameter).
  func name(of index: Int, prefix: String) -> String {
    guard let entry = NetworkParameters.Entry(at: index, inputs: inputs, hidden: hidden, classes: classes) else {
      return "entry \(index)"
    }
    let name = prefix + entry.part.rawValue
    switch entry.part {
    case .w1: return "\(name)[\(entry.offset / hidden), \(entry.offset % hidden)]"
    case .w2: return "\(name)[\(entry.offset / classes), \(entry.offset % classes)]"
    case .b1, .b2: return "\(name)[\(entry.offset)]"
    }
  }

  /// "dW1 is 3 × 4 where W1 is 4 × 3" for each gradient whose reported shape is wrong.
  func shapeErrors(_ reported: [Double]) -> [String] {
    let names = ["dW1", "db1", "dW2", "db2"]
    let expected = gradientShapes
    let got = reported.map { Int(exactly: $0) ?? -1 }
    var lines: [String] = []
    for (k, name) in names.enumerated() {
      let matrix = k % 2 == 0
      let index = [0, 2, 3, 5][k]
      let gotText = matrix ? "\(got[index]) × \(got[index + 1])" : "\(got[index]) entries"
      let wantText = matrix ? "\(expected[index]) × \(expected[index + 1])" : "\(expected[index]) entries"
      let right =
        matrix ? got[index] == expected[index] && got[index + 1] == expected[index + 1] : got[index] == expected[index]
      if !right { lines.append("\(name) is \(gotText) where \(name.dropFirst()) is \(wantText)") }
    }
    return lines
  }
}
