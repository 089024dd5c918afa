import DescentReference
import Foundation

/// AdaGrad and RMSProp steps over 10⁷ parameters (the Adam benchmark's data),
/// each with the AVX2 kernel and with the Swift loop alone in the same run,
/// and `memcpy` moving each step's bytes: AdaGrad reads x, g, G and writes
/// x, G (40 B per parameter); RMSProp (plain) reads x, g, v and writes x, v
/// (40 B). Medians of `BENCH_REPETITIONS` (default 9).
let adaptiveKernelBenchmark = Benchmark(
  name: "adaptive-kernels",
  run: {
    let repetitions = PeerTiming.repetitions("BENCH_REPETITIONS", default: 9)
    let (start, gradient) = PeerProblems.adam()
    func time(_ name: String, _ make: (Bool) -> any GradientOptimizer) throws {
      var results: [(String, Double, Double)] = []
      for kernel in [true, false] {
        var optimizer = make(kernel)
        var x = start
        let (seconds, _) = try PeerTiming.median(repetitions: repetitions) {
          try optimizer.update(&x, gradient: gradient)
        }
        results.append((kernel ? "kernel" : "loop", seconds, x.reduce(0, +)))
      }
      let copy = MemoryCopy.seconds(bytesPerParameter: 40, parameters: start.count, repetitions: repetitions)
      for (label, seconds, check) in results {
        print(
          String(
            format: "%@ %@: %.2f ms, %.1f GB/s at 40 B/parameter, %.2f× memcpy's %.2f ms (check %.15e)", name, label,
            seconds * 1e3, 40e-9 * Double(start.count) / seconds, seconds / copy, copy * 1e3, check))
      }
    }
    try time("adagrad") { kernel in
      var optimizer = AdaGrad(learningRate: 0.01)
      optimizer.usesVectorKernel = kernel
      return optimizer
    }
    try time("rmsprop") { kernel in
      var optimizer = RMSProp(learningRate: 0.01)
      optimizer.usesVectorKernel = kernel
      return optimizer
    }
  }
)
