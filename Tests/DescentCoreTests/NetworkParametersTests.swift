import DescentCore
import Testing

@Suite("Network parameters")
struct NetworkParametersTests {
  /// D = 3, H = 2, C = 4, every entry its own index in ``NetworkParameters/flattened``.
  static func numbered() throws -> NetworkParameters {
    let count = NetworkParameters.entryCount(inputs: 3, hidden: 2, classes: 4)
    let values = (0..<count).map(Double.init)
    return NetworkParameters(
      w1: try Matrix(rows: 3, columns: 2, scalars: Array(values[0..<6])), b1: Array(values[6..<8]),
      w2: try Matrix(rows: 2, columns: 4, scalars: Array(values[8..<16])), b2: Array(values[16..<20]))
  }

  @Test("each flat index names its parameter and place, at every boundary")
  func entries() {
    let expected: [(Int, NetworkParameters.Entry.Part, Int)] = [
      (0, .w1, 0), (5, .w1, 5), (6, .b1, 0), (7, .b1, 1), (8, .w2, 0), (15, .w2, 7), (16, .b2, 0), (19, .b2, 3),
    ]
    for (index, part, offset) in expected {
      let entry = NetworkParameters.Entry(at: index, inputs: 3, hidden: 2, classes: 4)
      #expect(entry == NetworkParameters.Entry(part: part, offset: offset), "index \(index)")
    }
    #expect(NetworkParameters.Entry(at: 20, inputs: 3, hidden: 2, classes: 4) == nil)
    #expect(NetworkParameters.Entry(at: -1, inputs: 3, hidden: 2, classes: 4) == nil)
  }

  @Test("displacing entry i moves exactly entry i of the flattened parameters")
  func displacement() throws {
    let parameters = try Self.numbered()
    #expect(parameters.flattened == (0..<20).map(Double.init))
    for index in 0..<20 {
      var expected = parameters.flattened
      expected[index] += 0.5
      #expect(parameters.displaced(at: index, by: 0.5)?.flattened == expected, "index \(index)")
    }
    #expect(parameters.displaced(at: 20, by: 1) == nil)
    var mismatched = parameters
    mismatched.b1.append(0)
    #expect(mismatched.displaced(at: 0, by: 1) == nil, "shapes that do not fit together are no network")
  }
}
