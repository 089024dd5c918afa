import DescentReference
import Foundation

/// One step of each elementwise optimizer over 10⁷ parameters (the Adam
/// benchmark's data), with the AVX2 kernel and with the Swift code alone in
/// the same run, and `memcpy` moving the step's bytes (half read, half
/// written): what each step reads and writes per parameter is given beside
/// it. Medians of `BENCH_REPETITIONS` (default 9). The torch side is
/// `tools/bench/peers.py --only adaptive`.
let adaptiveKernelBenchmark = Benchmark(
  name: "adaptive-kernels",
  run: {
    let repetitions = PeerTiming.repetitions("BENCH_REPETITIONS", default: 9)
    let (start, gradient) = PeerProblems.adam()
    func time(_ name: String, bytes: Int, _ make: (Bool) -> any GradientOptimizer) throws {
      let copy = MemoryCopy.seconds(bytesPerParameter: bytes, parameters: start.count, repetitions: repetitions)
      for kernel in [true, false] {
        var optimizer = make(kernel)
        var x = start
        let (seconds, _) = try PeerTiming.median(repetitions: repetitions) {
          try optimizer.update(&x, gradient: gradient)
        }
        print(
          String(
            format: "%@ %@: %.2f ms, %.1f GB/s at %d B/parameter, %.2f× memcpy's %.2f ms (check %.15e)", name,
            kernel ? "kernel" : "loop", seconds * 1e3, Double(bytes) * 1e-9 * Double(start.count) / seconds, bytes,
            seconds / copy, copy * 1e3, x.reduce(0, +)))
      }
    }
    func configured<O: GradientOptimizer>(_ optimizer: O, _ set: @escaping (inout O, Bool) -> Void) -> (Bool) -> O {
      { kernel in
        var copy = optimizer
        set(&copy, kernel)
        return copy
      }
    }
    try time("sgd-momentum", bytes: 40, configured(SGD(learningRate: 0.01, momentum: 0.9)) { $0.usesVectorKernel = $1 })
    try time(
      "sgd-nesterov", bytes: 40,
      configured(SGD(learningRate: 0.01, momentum: 0.9, nesterov: true)) { $0.usesVectorKernel = $1 })
    try time("adagrad", bytes: 40, configured(AdaGrad(learningRate: 0.01)) { $0.usesVectorKernel = $1 })
    try time("rmsprop", bytes: 40, configured(RMSProp(learningRate: 0.01)) { $0.usesVectorKernel = $1 })
    try time("adadelta", bytes: 56, configured(AdaDelta()) { $0.usesVectorKernel = $1 })
    try time("adamw", bytes: 56, configured(AdamW(learningRate: 1e-3)) { $0.usesVectorKernel = $1 })
    try time("nadam", bytes: 56, configured(NAdam()) { $0.usesVectorKernel = $1 })
  }
)
