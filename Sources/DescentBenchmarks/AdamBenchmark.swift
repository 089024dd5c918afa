import DescentCore
import DescentReference
import Foundation

/// The reference Adam against a hand-inlined loop over raw arrays, in the
/// same run: 10⁴ steps on the 10⁴-dimensional ill-conditioned quadratic
/// (κ = 100), from x = 1. Three ways:
///
/// - `reference step`: `Adam.step(_:on:)` on the `IllConditionedQuadratic`
///   objective, as a trajectory runs it (a fresh gradient array per step);
/// - `reference update`: `Adam.update(_:gradient:)` with the gradient
///   written into a reused buffer;
/// - `inlined`: one fused loop computing gᵢ = λᵢxᵢ and Adam's update on
///   unsafe buffers, the fastest a student could write.
///
/// Prints ns per coordinate per step, the ratio to the inlined loop, and
/// the largest difference between the final points (they use the same
/// formulas, so it should be 0).
let adamBenchmark = Benchmark(
  name: "adam",
  run: {
    let (n, steps) = (10_000, 10_000)
    let quadratic = IllConditionedQuadratic(dimension: n, condition: 100)
    let lambda = quadratic.eigenvalues
    let start = [Double](repeating: 1, count: n)
    let perCoordinateStep = 1e9 / Double(n * steps)

    let (stepSeconds, stepPoint) = try AdamTiming.measure {
      var adam = Adam(learningRate: 1e-3)
      var x = start
      for _ in 0..<steps { try adam.step(&x, on: quadratic) }
      return x
    }
    let (updateSeconds, updatePoint) = try AdamTiming.measure {
      var adam = Adam(learningRate: 1e-3)
      var x = start
      var g = [Double](repeating: 0, count: n)
      for _ in 0..<steps {
        for i in 0..<n { g[i] = lambda[i] * x[i] }
        try adam.update(&x, gradient: g)
      }
      return x
    }
    let (inlinedSeconds, inlinedPoint) = AdamTiming.measure {
      AdamTiming.inlined(start: start, lambda: lambda, steps: steps)
    }

    print("10⁴ Adam steps, n = 10⁴ (quadratic, κ = 100); CPU ns per coordinate per step, ratio to the inlined loop")
    for (label, seconds, point) in [
      ("reference step (objective)", stepSeconds, stepPoint),
      ("reference update (gradient buffer)", updateSeconds, updatePoint),
      ("inlined loop", inlinedSeconds, inlinedPoint),
    ] {
      let difference = zip(point, inlinedPoint).reduce(0.0) { max($0, abs($1.0 - $1.1)) }
      print(
        label.padding(toLength: 36, withPad: " ", startingAt: 0),
        String(
          format: "%6.3f ns   %5.2f×   %6.2f s CPU   max |Δx| %.1e", seconds * perCoordinateStep,
          seconds / inlinedSeconds, seconds, difference))
    }
  }
)

/// Timing and the inlined peer for the Adam benchmark.
enum AdamTiming {
  /// CPU seconds of this thread for one run of `body` (wall time would
  /// count the other processes of a shared machine), and its result.
  static func measure<T>(_ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
    let start = cpuSeconds()
    let result = try body()
    return (cpuSeconds() - start, result)
  }

  /// This thread's CPU time in seconds.
  static func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// Adam (lr 1e-3, β 0.9/0.999, ε 1e-8) on ½Σλᵢxᵢ² as one fused loop per step.
  static func inlined(start: [Double], lambda: [Double], steps: Int) -> [Double] {
    var x = start
    var m = [Double](repeating: 0, count: start.count)
    var v = m
    let (lr, beta1, beta2, eps) = (1e-3, 0.9, 0.999, 1e-8)
    x.withUnsafeMutableBufferPointer { x in
      m.withUnsafeMutableBufferPointer { m in
        v.withUnsafeMutableBufferPointer { v in
          lambda.withUnsafeBufferPointer { lambda in
            for t in 1...steps {
              let stepSize = lr / (1 - pow(beta1, Double(t)))
              let root2 = (1 - pow(beta2, Double(t))).squareRoot()
              for i in 0..<x.count {
                let g = lambda[i] * x[i]
                let mi = beta1 * m[i] + (1 - beta1) * g
                let vi = beta2 * v[i] + (1 - beta2) * g * g
                m[i] = mi
                v[i] = vi
                x[i] -= stepSize * mi / (vi.squareRoot() / root2 + eps)
              }
            }
          }
        }
      }
    }
    return x
  }
}
