import DescentCore
import Testing

/// The seeded classification data sets: same seed, same data; right shapes;
/// labels in range.
struct DatasetTests {
  @Test("Gaussian blobs are deterministic per seed, with N·K rows of D features")
  func blobs() throws {
    let data = GaussianBlobs.make(pointsPerClass: 20, classes: 3, dimension: 4, seed: 11)
    #expect(data.features.shape == Shape(rows: 60, columns: 4))
    #expect(data.labels.count == 60)
    #expect(data.classes == 3)
    #expect(data.labels.allSatisfy { (0..<3).contains($0) })
    #expect(data.labels == (0..<3).flatMap { Array(repeating: $0, count: 20) })
    #expect(data.features.scalars.allSatisfy { $0.isFinite })
    let again = GaussianBlobs.make(pointsPerClass: 20, classes: 3, dimension: 4, seed: 11)
    #expect(data == again)
    let other = GaussianBlobs.make(pointsPerClass: 20, classes: 3, dimension: 4, seed: 12)
    #expect(data.features != other.features, "seeds 11 and 12 gave the same blobs")
  }

  @Test("each blob's mean is near its center: points stay within the spread")
  func blobsClusterTightly() {
    let data = GaussianBlobs.make(pointsPerClass: 200, classes: 2, dimension: 2, spread: 0.5, seed: 3)
    for label in 0..<2 {
      let rows = data.labels.indices.filter { data.labels[$0] == label }
      for column in 0..<2 {
        let values = rows.map { data.features[$0, column] }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count - 1)
        #expect(abs(variance.squareRoot() - 0.5) < 0.1, "class \(label), column \(column): sd \(variance.squareRoot())")
        #expect(abs(mean) <= 10 + 0.2, "class \(label): center \(mean) outside the box")
      }
    }
  }

  @Test("spirals are deterministic per seed, 2-D, with radii from 0 to 1")
  func spirals() {
    let data = Spirals.make(pointsPerClass: 50, classes: 3, seed: 5)
    #expect(data.features.shape == Shape(rows: 150, columns: 2))
    #expect(data.labels.count == 150)
    #expect(data.classes == 3)
    #expect(data.labels.allSatisfy { (0..<3).contains($0) })
    #expect(data == Spirals.make(pointsPerClass: 50, classes: 3, seed: 5))
    #expect(data.features != Spirals.make(pointsPerClass: 50, classes: 3, seed: 6).features)
    for arm in 0..<3 {
      for i in 0..<50 {
        let row = arm * 50 + i
        let radius = (data.features[row, 0] * data.features[row, 0] + data.features[row, 1] * data.features[row, 1])
          .squareRoot()
        #expect(abs(radius - Double(i) / 49) < 1e-12, "arm \(arm), point \(i): radius \(radius)")
      }
    }
  }

  @Test("degenerate sizes give empty or single-point data sets")
  func degenerateSizes() {
    #expect(
      GaussianBlobs.make(pointsPerClass: 0, classes: 2, dimension: 3, seed: 0).features.shape
        == Shape(rows: 0, columns: 3))
    let single = Spirals.make(pointsPerClass: 1, classes: 2, seed: 0)
    #expect(single.features.shape == Shape(rows: 2, columns: 2))
    #expect(single.features.scalars.allSatisfy { abs($0) < 1e-15 }, "a one-point arm sits at the origin")
  }

  @Test("LabeledData rejects a label count that does not match the rows")
  func labeledDataChecksCounts() {
    #expect(throws: ShapeError.self) {
      _ = try LabeledData(features: Matrix(rows: 3, columns: 2), labels: [0, 1], classes: 2)
    }
  }
}
