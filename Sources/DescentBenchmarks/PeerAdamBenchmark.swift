import DescentCore
import DescentReference
import Foundation

/// One Adam step (lr 1e-3, β 0.9/0.999, ε 1e-8) over 10⁷ parameters with
/// the reference's `Adam.update(_:gradient:)`, the figure compared with
/// numpy (CS231n's `optim.adam`) and `torch.optim.Adam` by
/// `scripts/bench-peers.sh`. The gradient is fixed; one warm-up step, then
/// the median of `BENCH_REPETITIONS` (default 11) timed steps. The check is
/// Σx after all of them. Each step reads x, g, m, v and writes x, m, v:
/// 56 bytes per parameter, from which the script reports bandwidth.
///
/// `descent-simd` runs the same steps with the reference's arithmetic,
/// operation for operation, on `SIMD4<Double>` (square root and division
/// are correctly rounded, so the points are the same bits; the max |Δx|
/// printed says so): the speed the reference's scalar loop leaves.
let peerAdamBenchmark = Benchmark(
  name: "peers-adam",
  run: {
    let repetitions = PeerTiming.repetitions("BENCH_REPETITIONS", default: 11)
    let (start, gradient) = PeerProblems.adam()
    var x = start
    var adam = Adam(learningRate: 1e-3, beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
    let (seconds, _) = try PeerTiming.median(repetitions: repetitions) { try adam.update(&x, gradient: gradient) }
    PeerTiming.figure("adam", "descent", seconds: seconds, check: x.reduce(0, +), repetitions: repetitions)

    var simd = SimdAdam(start: start)
    let (simdSeconds, _) = PeerTiming.median(repetitions: repetitions) { simd.step(gradient: gradient) }
    PeerTiming.figure(
      "adam", "descent-simd", seconds: simdSeconds, check: simd.x.reduce(0, +), repetitions: repetitions)
    let difference = zip(x, simd.x).reduce(0.0) { max($0, abs($1.0 - $1.1)) }
    print("# adam descent-simd: max |Δx| from the reference after \(repetitions + 1) steps \(difference)")
  }
)

/// The reference Adam's update (no weight decay, no amsgrad) four lanes at a time.
struct SimdAdam {
  var x: [Double]
  var m: [Double]
  var v: [Double]
  var t = 0

  init(start: [Double]) {
    x = start
    m = [Double](repeating: 0, count: start.count)
    v = m
  }

  mutating func step(gradient: [Double]) {
    t += 1
    let (b1, b2, eps) = (0.9, 0.999, 1e-8)
    let step = 1e-3 / (1 - pow(b1, Double(t)))
    let root2 = (1 - pow(b2, Double(t))).squareRoot()
    let (oneMinusB1, oneMinusB2) = (1 - b1, 1 - b2)
    let count = x.count
    x.withUnsafeMutableBufferPointer { x in
      m.withUnsafeMutableBufferPointer { m in
        v.withUnsafeMutableBufferPointer { v in
          gradient.withUnsafeBufferPointer { g in
            guard let xs = x.baseAddress, let ms = m.baseAddress, let vs = v.baseAddress, let gs = g.baseAddress
            else { return }
            var i = 0
            while i + 4 <= count {
              let gi = UnsafeRawPointer(gs + i).loadUnaligned(as: SIMD4<Double>.self)
              let mi = b1 * UnsafeRawPointer(ms + i).loadUnaligned(as: SIMD4<Double>.self) + oneMinusB1 * gi
              let vi = b2 * UnsafeRawPointer(vs + i).loadUnaligned(as: SIMD4<Double>.self) + oneMinusB2 * gi * gi
              let xi = UnsafeRawPointer(xs + i).loadUnaligned(as: SIMD4<Double>.self)
              UnsafeMutableRawPointer(ms + i).storeBytes(of: mi, as: SIMD4<Double>.self)
              UnsafeMutableRawPointer(vs + i).storeBytes(of: vi, as: SIMD4<Double>.self)
              let denominator = vi.squareRoot() / root2 + eps
              UnsafeMutableRawPointer(xs + i).storeBytes(of: xi - step * mi / denominator, as: SIMD4<Double>.self)
              i += 4
            }
            while i < count {
              let mi = b1 * m[i] + oneMinusB1 * g[i]
              let vi = b2 * v[i] + oneMinusB2 * g[i] * g[i]
              m[i] = mi
              v[i] = vi
              x[i] -= step * mi / (vi.squareRoot() / root2 + eps)
              i += 1
            }
          }
        }
      }
    }
  }
}
