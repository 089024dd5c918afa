import DescentCore
import Foundation

/// The blocked matrix product against the textbook triple loop, on the same
/// seeded operands in the same run: GFLOP/s (2·m·k·n flops per product) and
/// the ratio blocked / naive, best of a few repetitions each. The last two
/// shapes are the softmax loss's at CS231n's sizes: scores X·W (500×3073 ·
/// 3073×10) and the weight gradient Xᵀ·dS (`Matrix.transposedProduct`).
let matmulBenchmark = Benchmark(
  name: "matmul",
  run: {
    let shapes: [(m: Int, k: Int, n: Int)] = [(256, 256, 256), (512, 512, 512), (1024, 512, 256), (500, 3073, 10)]
    print("shape (m×k · k×n)        naive GFLOP/s   blocked GFLOP/s   ratio   max |Δ|")
    for (m, k, n) in shapes {
      var generator = SeededGenerator(seed: UInt64(m * 7 + n))
      let a = try Matrix(rows: m, columns: k, scalars: (0..<(m * k)).map { _ in generator.nextNormal() })
      let b = try Matrix(rows: k, columns: n, scalars: (0..<(k * n)).map { _ in generator.nextNormal() })
      let flops = 2.0 * Double(m) * Double(k) * Double(n)
      let (naiveSeconds, naive) = try MatmulTiming.best(repetitions: 2) { try a.naiveProduct(b) }
      let (blockedSeconds, blocked) = try MatmulTiming.best(repetitions: 5) { try a.matmul(b) }
      var largestDifference = 0.0
      for index in naive.scalars.indices {
        largestDifference = max(largestDifference, abs(naive.scalars[index] - blocked.scalars[index]))
      }
      let label = "\(m)×\(k) · \(k)×\(n)".padding(toLength: 24, withPad: " ", startingAt: 0)
      print(
        label,
        String(
          format: "%13.2f   %15.2f   %5.1f×  %.1e", flops / naiveSeconds / 1e9, flops / blockedSeconds / 1e9,
          naiveSeconds / blockedSeconds, largestDifference))
    }
    try transposedFigure(examples: 500, features: 3073, classes: 10)
  }
)

/// Xᵀ·dS without forming Xᵀ, against the naive product of the formed Xᵀ.
private func transposedFigure(examples: Int, features: Int, classes: Int) throws {
  var generator = SeededGenerator(seed: 99)
  let x = try Matrix(
    rows: examples, columns: features, scalars: (0..<(examples * features)).map { _ in generator.nextNormal() })
  let dS = try Matrix(
    rows: examples, columns: classes, scalars: (0..<(examples * classes)).map { _ in generator.nextNormal() })
  let flops = 2.0 * Double(examples) * Double(features) * Double(classes)
  let xT = x.transposed
  let (naiveSeconds, naive) = try MatmulTiming.best(repetitions: 2) { try xT.naiveProduct(dS) }
  let (blockedSeconds, blocked) = try MatmulTiming.best(repetitions: 5) { try Matrix.transposedProduct(x, dS) }
  var largestDifference = 0.0
  for index in naive.scalars.indices {
    largestDifference = max(largestDifference, abs(naive.scalars[index] - blocked.scalars[index]))
  }
  print(
    "Xᵀ·dS \(features)×\(examples) · \(examples)×\(classes)".padding(toLength: 24, withPad: " ", startingAt: 0),
    String(
      format: "%13.2f   %15.2f   %5.1f×  %.1e", flops / naiveSeconds / 1e9, flops / blockedSeconds / 1e9,
      naiveSeconds / blockedSeconds, largestDifference))
}

/// Wall-clock timing for the matmul benchmark.
enum MatmulTiming {
  /// The fastest of `repetitions` runs of `body`, in seconds, and its last result.
  static func best<T>(repetitions: Int, _ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
    var fastest = Double.infinity
    var result = try body()
    for _ in 0..<max(1, repetitions) {
      let start = DispatchTime.now().uptimeNanoseconds
      result = try body()
      let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
      fastest = min(fastest, elapsed)
    }
    return (fastest, result)
  }
}
