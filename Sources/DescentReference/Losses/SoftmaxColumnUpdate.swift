import DescentCore
import Foundation

/// The softmax data loss (1/N)·Σᵢ Lᵢ(S′) of scores S′ that differ from
/// prepared scores S in one column only, S′[:, c] = S[:, c] + δ·v, for the
/// coordinate lines of a gradient check (``LinearClassifierObjective``).
///
/// Each row's maximum mᵢ and terms e^{S[i, j] − mᵢ} are computed once. For
/// S′, row i's maximum is recomputed; when it equals mᵢ, the terms of the
/// unchanged columns are the stored ones (the same inputs to `exp`, so the
/// same bits) and only e^{S′[i, c] − mᵢ} is new; otherwise the row is
/// recomputed. The sums, logs and the mean run in the order of
/// ``SoftmaxCrossEntropy/meanLoss(scores:labels:)``, so the result is that
/// function's on S′, bit for bit, at one `exp` per row instead of C.
struct SoftmaxColumnUpdate {
  /// S, row-major N×C.
  let scores: [Double]
  /// y.
  let labels: [Int]
  /// N and C.
  let rows: Int
  let columns: Int
  /// mᵢ = maxⱼ S[i, j].
  let largest: [Double]
  /// e^{S[i, j] − mᵢ}, row-major N×C.
  let terms: [Double]

  /// Prepares S (labels checked by the caller).
  init(scores: Matrix, labels: [Int]) {
    self.scores = scores.scalars
    self.labels = labels
    (rows, columns) = (scores.rows, scores.columns)
    var largest = [Double](repeating: -.infinity, count: rows)
    var terms = [Double](repeating: 0, count: rows * columns)
    for i in 0..<rows {
      for j in 0..<columns { largest[i] = max(largest[i], scores.scalars[i * columns + j]) }
      for j in 0..<columns { terms[i * columns + j] = exp(scores.scalars[i * columns + j] - largest[i]) }
    }
    self.largest = largest
    self.terms = terms
  }

  /// (1/N)·Σᵢ Lᵢ(S′) with S′[i, c] = S[i, c] + δ·values[i·stride + offset]
  /// (`values` holds at least (N − 1)·stride + offset + 1 entries).
  func meanLoss(
    column c: Int, adding delta: Double, times values: UnsafeBufferPointer<Double>, stride: Int, offset: Int
  )
    -> Double
  {
    var total = 0.0
    scores.withUnsafeBufferPointer { s in
      terms.withUnsafeBufferPointer { e in
        for i in 0..<rows {
          let row = i * columns
          let moved = s[row + c] + delta * values[i * stride + offset]
          var rowLargest = -Double.infinity
          for j in 0..<columns { rowLargest = max(rowLargest, j == c ? moved : s[row + j]) }
          var sum = 0.0
          if rowLargest == largest[i] {
            for j in 0..<columns { sum += j == c ? exp(moved - rowLargest) : e[row + j] }
          } else {
            for j in 0..<columns { sum += exp((j == c ? moved : s[row + j]) - rowLargest) }
          }
          let label = labels[i]
          total += (rowLargest + log(sum)) - (label == c ? moved : s[row + label])
        }
      }
    }
    return total * (1 / Double(rows))
  }
}
