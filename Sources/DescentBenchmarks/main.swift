// Figures for the README. Run in release mode on an idle machine:
//
//   swift run -c release DescentBenchmarks [name ...]
//
// Each benchmark compares against a peer measured in the same run and
// prints the ratio, so figures from a noisy shared machine stay meaningful.
import Foundation

/// Every benchmark: each file in this folder defines one; list it here.
let benchmarks: [Benchmark] = [
  matmulBenchmark, adamBenchmark, peerAdamBenchmark, peerSoftmaxBenchmark, peerGradientCheckBenchmark,
  adaptiveKernelBenchmark,
]

let requested = Set(CommandLine.arguments.dropFirst())
let unknown = requested.subtracting(benchmarks.map(\.name))
if !unknown.isEmpty {
  let known = benchmarks.map(\.name).joined(separator: ", ")
  FileHandle.standardError.write(
    Data("unknown benchmark: \(unknown.sorted().joined(separator: ", ")) (known: \(known))\n".utf8))
  exit(2)
}
for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
  print("== \(benchmark.name)")
  do { try benchmark.run() } catch { print("failed: \(error)") }
}
