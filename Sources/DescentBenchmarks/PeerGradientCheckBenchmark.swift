import DescentCore
import DescentReference
import Foundation

/// A full centered-difference gradient check of the softmax loss of
/// `peers-softmax` (all D·C = 30730 weights, h = 1e-5), compared with
/// CS231n's `eval_numerical_gradient` in numpy (a loop over coordinates,
/// each evaluation the whole vectorized loss) by `scripts/bench-peers.sh`:
///
/// - `descent`: `GradientCheck.full` on the `LinearClassifierObjective`, as
///   the reference checks a loss (median of `BENCH_GRADCHECK_REPETITIONS`,
///   default 3); the check value is the relative error;
/// - `descent-generic`: `NumericGradient.centered` of a closure that
///   evaluates the whole loss from scratch, the numpy code's algorithm, over
///   every `BENCH_GENERIC_STRIDE`-th coordinate (default 10; 1 for all) and
///   scaled to all 30730. Its largest difference from the `descent` numeric
///   gradient on those coordinates is printed as a comment.
let peerGradientCheckBenchmark = Benchmark(
  name: "peers-gradcheck",
  run: {
    let repetitions = PeerTiming.repetitions("BENCH_GRADCHECK_REPETITIONS", default: 3)
    let stride = PeerTiming.repetitions("BENCH_GENERIC_STRIDE", default: 10)
    let (inputs, weights, labels) = try PeerProblems.softmax()
    let (d, c, lambda, h) = (
      PeerProblems.features, PeerProblems.classes, PeerProblems.regularization, PeerProblems.step
    )
    let objective = try LinearClassifierObjective(
      loss: .softmax, inputs: inputs, labels: labels, classes: c, regularization: lambda)
    let w = weights.scalars

    let (seconds, check) = try PeerTiming.median(repetitions: repetitions, warmup: 0) {
      try GradientCheck.full(objective, at: w, step: h)
    }
    PeerTiming.figure("gradcheck", "descent", seconds: seconds, check: check.relativeError, repetitions: repetitions)

    let sample = Array(Swift.stride(from: 0, to: d * c, by: stride))
    let loss: ([Double]) -> Double = { w in
      guard let weights = try? Matrix(rows: d, columns: c, scalars: w),
        let value = try? SoftmaxCrossEntropy.loss(
          weights: weights, inputs: inputs, labels: labels, regularization: lambda)
      else { return .nan }
      return value
    }
    let (sampleSeconds, numeric) = PeerTiming.median(repetitions: 1, warmup: 0) {
      NumericGradient.centered(of: loss, at: w, coordinates: sample, step: h)
    }
    let analytic = sample.map { check.analytic[$0] }
    var difference = 0.0
    for (index, coordinate) in sample.enumerated() {
      difference = max(difference, abs(numeric[index] - check.numeric[coordinate]))
    }
    PeerTiming.figure(
      "gradcheck", "descent-generic", seconds: sampleSeconds * Double(d * c) / Double(sample.count),
      check: RelativeError.of(analytic: analytic, numeric: numeric), repetitions: 1)
    print(
      "# gradcheck descent-generic: \(sample.count) of \(d * c) coordinates timed (stride \(stride)), scaled;",
      String(format: "max |numeric difference| from GradientCheck.full %.2e", difference))
  }
)
