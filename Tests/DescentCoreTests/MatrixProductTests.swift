import DescentCore
import DescentTestSupport
import Testing

/// The blocked matrix product against the textbook triple loop.
struct MatrixProductTests {
  /// Seeded normal entries.
  static func random(rows: Int, columns: Int, seed: UInt64) throws -> Matrix {
    var generator = SeededGenerator(seed: seed)
    return try Matrix(rows: rows, columns: columns, scalars: (0..<(rows * columns)).map { _ in generator.nextNormal() })
  }

  static let shapes: [(m: Int, k: Int, n: Int)] = [
    (1, 1, 1), (1, 7, 1), (1, 300, 5), (5, 300, 1), (9, 1, 13), (1, 40, 70), (70, 40, 1),
    (65, 129, 257), (3, 5, 2), (130, 17, 300), (64, 128, 256),
  ]

  @Test("matmul equals the naive triple loop", arguments: shapes.indices)
  func blockedMatchesNaive(index: Int) throws {
    let (m, k, n) = Self.shapes[index]
    let a = try Self.random(rows: m, columns: k, seed: UInt64(index))
    let b = try Self.random(rows: k, columns: n, seed: UInt64(100 + index))
    let blocked = try a.matmul(b)
    let naive = try a.naiveProduct(b)
    #expect(blocked.shape == Shape(rows: m, columns: n))
    #expect(naive.shape == blocked.shape)
    for i in blocked.scalars.indices {
      #expect(
        isApproximatelyEqual(blocked.scalars[i], naive.scalars[i], relativeTolerance: 1e-12, absoluteTolerance: 1e-12),
        "\(m)×\(k)·\(k)×\(n) entry \(i): blocked \(blocked.scalars[i]), naive \(naive.scalars[i])")
    }
  }

  @Test(
    "odd block sizes give the same product",
    arguments: [
      ProductBlocking(rows: 1, inner: 1, columns: 1), ProductBlocking(rows: 3, inner: 5, columns: 7),
      ProductBlocking(rows: 1000, inner: 1000, columns: 1000),
    ])
  func anyBlockingAgrees(blocking: ProductBlocking) throws {
    let a = try Self.random(rows: 23, columns: 31, seed: 5)
    let b = try Self.random(rows: 31, columns: 19, seed: 6)
    let blocked = try a.matmul(b, blocking: blocking)
    let naive = try a.naiveProduct(b)
    let largest = zip(blocked.scalars, naive.scalars).map { abs($0 - $1) }.max() ?? .infinity
    #expect(largest <= 1e-12, "blocking \(blocking): largest difference \(largest)")
  }

  /// Widths that use 4-wide tiles, the 2-wide tile for two leftover columns
  /// (C = 10 classes), the scalar edge, and all three at once.
  static let bitShapes: [(m: Int, k: Int, n: Int)] = [(67, 300, 45), (37, 50, 10), (9, 13, 6), (5, 7, 2), (8, 3, 3)]

  @Test("the blocked sum runs in the textbook order: the same bits as the naive loop", arguments: bitShapes.indices)
  func sameBitsAsNaive(index: Int) throws {
    let (m, k, n) = Self.bitShapes[index]
    let a = try Self.random(rows: m, columns: k, seed: 30 + UInt64(index))
    let b = try Self.random(rows: k, columns: n, seed: 60 + UInt64(index))
    let blocked = try a.matmul(b)
    let naive = try a.naiveProduct(b)
    let differing = zip(blocked.scalars, naive.scalars).filter { $0.bitPattern != $1.bitPattern }.count
    #expect(differing == 0, "\(m)×\(k)·\(k)×\(n): \(differing) of \(naive.scalars.count) entries differ in their bits")
  }

  @Test("Aᵀ·B equals transposing then multiplying")
  func transposedProductMatches() throws {
    let a = try Self.random(rows: 37, columns: 11, seed: 7)
    let b = try Self.random(rows: 37, columns: 5, seed: 8)
    let direct = try Matrix.transposedProduct(a, b)
    let naive = try a.transposed.naiveProduct(b)
    #expect(direct.shape == Shape(rows: 11, columns: 5))
    let largest = zip(direct.scalars, naive.scalars).map { abs($0 - $1) }.max() ?? .infinity
    #expect(largest <= 1e-12)
  }

  @Test("a known 2×3 · 3×2 product")
  func knownProduct() throws {
    let a = try Matrix([[1, 2, 3], [4, 5, 6]])
    let b = try Matrix([[7, 8], [9, 10], [11, 12]])
    #expect(try a.matmul(b).nestedRows == [[58, 64], [139, 154]])
  }

  @Test("a shape mismatch names both shapes")
  func mismatchNamesBothShapes() throws {
    let a = Matrix(rows: 3, columns: 4)
    let b = Matrix(rows: 5, columns: 2)
    #expect {
      _ = try a.matmul(b)
    } throws: { error in
      let text = String(describing: error)
      return text.contains("3×4") && text.contains("5×2")
    }
    #expect(throws: ShapeError.self) { _ = try a.naiveProduct(b) }
    #expect {
      _ = try Matrix.transposedProduct(a, b)
    } throws: { error in
      String(describing: error).contains("3×4") && String(describing: error).contains("5×2")
    }
  }

  @Test("empty operands give an empty or zero product")
  func emptyOperands() throws {
    let product = try Matrix(rows: 3, columns: 0).matmul(Matrix(rows: 0, columns: 2))
    #expect(product.shape == Shape(rows: 3, columns: 2))
    #expect(product.scalars.allSatisfy { $0 == 0 })
  }
}
