import DescentCore
import Foundation

/// The problems of the `peers-*` benchmarks, built exactly as
/// `tools/bench/peers.py` builds them for numpy and torch: the same sizes,
/// and data drawn from ``SeededGenerator`` uniforms with the same seeds (the
/// script computes SplitMix64 with wrapping integer arithmetic), so every
/// side prints a comparable check value. Keep the two files in step.
enum PeerProblems {
  /// Parameters of the Adam step.
  static let adamParameters = 10_000_000
  /// The softmax problem: N examples, D features (the last a bias of 1), C classes.
  static let (examples, features, classes) = (500, 3073, 10)
  /// λ of the softmax loss.
  static let regularization = 5e-2
  /// h of the numeric gradient.
  static let step = 1e-5

  /// `count` draws of `uniform(in: range)` from a generator seeded with `seed`.
  static func uniforms(seed: UInt64, count: Int, in range: Range<Double>) -> [Double] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map { _ in generator.uniform(in: range) }
  }

  /// Adam's starting point x and the gradient g used at every step, each in [−1, 1).
  static func adam() -> (x: [Double], g: [Double]) {
    (uniforms(seed: 11, count: adamParameters, in: -1..<1), uniforms(seed: 12, count: adamParameters, in: -1..<1))
  }

  /// X (N×D: "pixels" in [−128, 128) and a last column of ones), W (D×C,
  /// in [−10⁻³, 10⁻³)) and labels ⌊10u⌋, as CS231n's CIFAR-10 development set is shaped.
  static func softmax() throws -> (inputs: Matrix, weights: Matrix, labels: [Int]) {
    let pixels = uniforms(seed: 21, count: examples * (features - 1), in: -128..<128)
    var scalars = [Double]()
    scalars.reserveCapacity(examples * features)
    for i in 0..<examples {
      scalars += pixels[(i * (features - 1))..<((i + 1) * (features - 1))]
      scalars.append(1)
    }
    let inputs = try Matrix(rows: examples, columns: features, scalars: scalars)
    let weights = try Matrix(
      rows: features, columns: classes, scalars: uniforms(seed: 22, count: features * classes, in: -1e-3..<1e-3))
    var generator = SeededGenerator(seed: 23)
    let labels = (0..<examples).map { _ in Int(generator.nextUniform() * Double(classes)) }
    return (inputs, weights, labels)
  }
}

/// Wall-clock timing for the peer benchmarks (the peers are timed with
/// Python's `time.perf_counter`, wall time too), and the figure lines that
/// `scripts/bench-peers.sh` reads.
enum PeerTiming {
  /// The median wall time of `repetitions` runs of `body` after `warmup`
  /// untimed runs, in seconds, and the last result.
  static func median<T>(repetitions: Int, warmup: Int = 1, _ body: () throws -> T) rethrows -> (
    seconds: Double, result: T
  ) {
    var result = try body()
    for _ in 1..<max(1, warmup) { result = try body() }
    var times = [Double]()
    for _ in 0..<max(1, repetitions) {
      let start = DispatchTime.now().uptimeNanoseconds
      result = try body()
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
    }
    times.sort()
    let middle = times.count / 2
    return (times.count % 2 == 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2, result)
  }

  /// One line `figure BENCHMARK PEER SECONDS CHECK REPETITIONS`, the format of `tools/bench/peers.py`.
  static func figure(_ benchmark: String, _ peer: String, seconds: Double, check: Double, repetitions: Int) {
    print("figure \(benchmark) \(peer) \(String(format: "%.6e %.15e", seconds, check)) \(repetitions)")
  }

  /// Repetitions from the environment variable `name`, else `fallback`.
  static func repetitions(_ name: String, default fallback: Int) -> Int {
    ProcessInfo.processInfo.environment[name].flatMap { Int($0) }.map { max(1, $0) } ?? fallback
  }
}
