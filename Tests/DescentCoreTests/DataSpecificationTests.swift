import DescentCore
import Testing

/// Data sets and weights as rubrics describe them: built the same on every
/// call, of the shapes they announce, the bias column where asked.
@Suite("Data and weight specifications")
struct DataSpecificationTests {
  @Test(
    "a specification builds the same data every time, with its announced shape",
    arguments: [
      DataSpecification(generator: .blobs, pointsPerClass: 7, classes: 3, dimension: 4, seed: 1),
      DataSpecification(generator: .spirals, pointsPerClass: 5, classes: 4, seed: 2, appendsBias: true),
      DataSpecification(generator: .cifarLike, pointsPerClass: 2, classes: 10, seed: 3, appendsBias: true),
    ])
  func deterministic(_ specification: DataSpecification) {
    let data = specification.make()
    #expect(data == specification.make())
    #expect(data.features.rows == specification.exampleCount && data.labels.count == specification.exampleCount)
    #expect(data.features.columns == specification.featureCount)
    #expect(data.labels.allSatisfy { (0..<specification.classes).contains($0) })
    if specification.appendsBias {
      #expect((0..<data.features.rows).allSatisfy { data.features[$0, data.features.columns - 1] == 1 })
    }
  }

  @Test("CIFAR-like data has CIFAR-10's shape with the bias: 3073 features")
  func cifarShape() {
    #expect(
      DataSpecification(generator: .cifarLike, pointsPerClass: 50, classes: 10, seed: 0, appendsBias: true)
        .featureCount == 3073)
  }

  @Test("weights are scale × seeded normals, row by row")
  func weights() {
    let w = WeightsSpecification(rows: 3, columns: 2, scale: 0.5, seed: 9).make()
    var generator = SeededGenerator(seed: 9)
    #expect(w.scalars == (0..<6).map { _ in 0.5 * generator.nextNormal() })
    #expect(w.rows == 3 && w.columns == 2)
  }

  @Test("selectingRows picks rows in the order given, and refuses one outside the matrix")
  func rowSelection() throws {
    let m = try Matrix([[1, 2], [3, 4], [5, 6]])
    #expect(try m.selectingRows([2, 0, 2]).nestedRows == [[5, 6], [1, 2], [5, 6]])
    #expect(throws: ShapeError.self) { try m.selectingRows([3]) }
  }
}
