import DescentCore
import DescentReference

/// Softmax cross-entropy loss and dW at N = 500, D = 3073, C = 10 (λ = 5e-2)
/// with `SoftmaxCrossEntropy.lossAndGradient`, compared with CS231n's
/// `softmax_loss_vectorized` in numpy and `F.cross_entropy` + `backward()`
/// in torch by `scripts/bench-peers.sh`. Median of `BENCH_REPETITIONS`
/// (default 11) runs after one warm-up; the check is the loss.
let peerSoftmaxBenchmark = Benchmark(
  name: "peers-softmax",
  run: {
    let repetitions = PeerTiming.repetitions("BENCH_REPETITIONS", default: 11)
    let (inputs, weights, labels) = try PeerProblems.softmax()
    let (seconds, result) = try PeerTiming.median(repetitions: repetitions) {
      try SoftmaxCrossEntropy.lossAndGradient(
        weights: weights, inputs: inputs, labels: labels, regularization: PeerProblems.regularization)
    }
    PeerTiming.figure("softmax", "descent", seconds: seconds, check: result.loss, repetitions: repetitions)
  }
)
