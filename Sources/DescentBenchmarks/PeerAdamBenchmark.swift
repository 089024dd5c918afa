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
/// `descent-scalar` runs the same steps with the reference's arithmetic
/// one parameter at a time, as the reference did before it worked on
/// `SIMD4<Double>` lanes: the speed the lanes gain, in the same run (the
/// operations are the same and correctly rounded, so the points are the
/// same bits; the max |Δx| printed says so).
let peerAdamBenchmark = Benchmark(
  name: "peers-adam",
  run: {
    let repetitions = PeerTiming.repetitions("BENCH_REPETITIONS", default: 11)
    let (start, gradient) = PeerProblems.adam()
    var x = start
    var adam = Adam(learningRate: 1e-3, beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
    let (seconds, _) = try PeerTiming.median(repetitions: repetitions) { try adam.update(&x, gradient: gradient) }
    PeerTiming.figure("adam", "descent", seconds: seconds, check: x.reduce(0, +), repetitions: repetitions)

    var scalar = ScalarAdam(start: start)
    let (scalarSeconds, _) = PeerTiming.median(repetitions: repetitions) { scalar.step(gradient: gradient) }
    PeerTiming.figure(
      "adam", "descent-scalar", seconds: scalarSeconds, check: scalar.x.reduce(0, +), repetitions: repetitions)
    let difference = zip(x, scalar.x).reduce(0.0) { max($0, abs($1.0 - $1.1)) }
    print("# adam descent-scalar: max |Δx| from the reference after \(repetitions + 1) steps \(difference)")

    // The portable lanes alone (no AVX2 kernel), and the machine's copy bandwidth for the same bytes.
    var portableX = start
    var portable = Adam(learningRate: 1e-3, beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
    portable.usesVectorKernel = false
    let (portableSeconds, _) = try PeerTiming.median(repetitions: repetitions) {
      try portable.update(&portableX, gradient: gradient)
    }
    PeerTiming.figure(
      "adam", "descent-portable", seconds: portableSeconds, check: portableX.reduce(0, +), repetitions: repetitions)
    print("# adam: AVX2 kernel \(Adam.hasVectorKernel ? "used" : "not available on this CPU") in the descent row")
    let copySeconds = MemoryCopy.seconds(bytesPerParameter: 56, parameters: start.count, repetitions: repetitions)
    PeerTiming.figure("adam", "memcpy", seconds: copySeconds, check: 0, repetitions: repetitions)
  }
)

/// The physical limit of an elementwise step: `memcpy` moving the same
/// number of bytes (half read, half written), median of `repetitions`.
enum MemoryCopy {
  static func seconds(bytesPerParameter: Int, parameters: Int, repetitions: Int) -> Double {
    let half = bytesPerParameter / 2 * parameters
    let source = UnsafeMutableRawPointer.allocate(byteCount: half, alignment: 64)
    let destination = UnsafeMutableRawPointer.allocate(byteCount: half, alignment: 64)
    defer {
      source.deallocate()
      destination.deallocate()
    }
    memset(source, 1, half)
    memset(destination, 0, half)
    return PeerTiming.median(repetitions: repetitions) { memcpy(destination, source, half) }.0
  }
}

/// The reference Adam's update (no weight decay, no amsgrad) one parameter
/// at a time: the reference's loop before it used SIMD lanes.
struct ScalarAdam {
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
    x.withUnsafeMutableBufferPointer { x in
      m.withUnsafeMutableBufferPointer { m in
        v.withUnsafeMutableBufferPointer { v in
          gradient.withUnsafeBufferPointer { g in
            for i in 0..<x.count {
              let mi = b1 * m[i] + oneMinusB1 * g[i]
              let vi = b2 * v[i] + oneMinusB2 * g[i] * g[i]
              m[i] = mi
              v[i] = vi
              x[i] -= step * mi / (vi.squareRoot() / root2 + eps)
            }
          }
        }
      }
    }
  }
}
