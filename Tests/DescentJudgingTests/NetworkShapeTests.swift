import Testing

@testable import DescentJudging

@Suite("Network shape")
struct NetworkShapeTests {
  @Test("a flat index is named by its parameter, row and column, as feedback writes it")
  func names() {
    let shape = NetworkShape(inputs: 3, hidden: 2, classes: 4)
    let named = [0, 5, 6, 7, 8, 15, 16, 19, 20].map { shape.name(of: $0, prefix: "d") }
    #expect(
      named == [
        "dW1[0, 0]", "dW1[2, 1]", "db1[0]", "db1[1]", "dW2[0, 0]", "dW2[1, 3]", "db2[0]", "db2[3]", "entry 20",
      ])
    #expect(shape.name(of: 3, prefix: "") == "W1[1, 1]")
  }
}
