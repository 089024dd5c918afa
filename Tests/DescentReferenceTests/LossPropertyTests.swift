import DescentCore
import DescentReference
import DescentTestSupport
import Foundation
import Testing

/// Properties of the reference losses over seeded random shapes: the two SVM
/// forms agree, softmax ignores a constant per row and survives huge
/// scores, hinge losses vanish when margins are met, penalties add what
/// they say, and bad input is named.
struct LossPropertyTests {
  /// A seeded batch: W D×C, X N×D, y in 0..<C.
  struct Batch {
    var weights: Matrix
    var inputs: Matrix
    var labels: [Int]

    init(n: Int, d: Int, c: Int, seed: UInt64, inputScale: Double = 1, weightScale: Double = 0.1) throws {
      var generator = SeededGenerator(seed: seed)
      weights = try Matrix(
        rows: d, columns: c, scalars: (0..<(d * c)).map { _ in weightScale * generator.nextNormal() })
      inputs = try Matrix(rows: n, columns: d, scalars: (0..<(n * d)).map { _ in inputScale * generator.nextNormal() })
      labels = (0..<n).map { _ in generator.nextInt(below: c) }
    }
  }

  static let shapes: [(n: Int, d: Int, c: Int)] = [
    (1, 1, 2), (1, 5, 3), (7, 1, 4), (13, 9, 5), (40, 30, 10), (3, 2, 1),
  ]

  @Test("naive and vectorized SVM agree to 1e-12", arguments: shapes.indices)
  func svmFormsAgree(index: Int) throws {
    let (n, d, c) = Self.shapes[index]
    let batch = try Batch(n: n, d: d, c: c, seed: UInt64(index), weightScale: 1)
    for reg in [0.0, 0.3] {
      let naive = try MulticlassSVM.naiveLossAndGradient(
        weights: batch.weights, inputs: batch.inputs, labels: batch.labels, regularization: reg)
      let vectorized = try MulticlassSVM.lossAndGradient(
        weights: batch.weights, inputs: batch.inputs, labels: batch.labels, regularization: reg)
      #expect(abs(naive.loss - vectorized.loss) <= 1e-12 * max(1, abs(naive.loss)), "\(n)×\(d)×\(c), reg \(reg)")
      #expect(naive.gradient.shape == vectorized.gradient.shape)
      let largest = zip(naive.gradient.scalars, vectorized.gradient.scalars).map { abs($0 - $1) }.max() ?? 0
      #expect(largest <= 1e-12, "\(n)×\(d)×\(c), reg \(reg): dW differs by \(largest)")
    }
  }

  @Test("softmax loss and dW are unchanged by adding a constant to a row of scores", arguments: shapes.indices)
  func softmaxShiftInvariance(index: Int) throws {
    let (n, d, c) = Self.shapes[index]
    let batch = try Batch(n: n, d: d, c: c, seed: UInt64(50 + index))
    // Append a constant feature with equal weights: every score of row i moves by X[i, d]·k.
    var inputs = Matrix(rows: n, columns: d + 1)
    var weights = Matrix(rows: d + 1, columns: c)
    for i in 0..<n {
      for p in 0..<d { inputs[i, p] = batch.inputs[i, p] }
      inputs[i, d] = Double(i + 1) * 37.5
    }
    for p in 0..<d { for j in 0..<c { weights[p, j] = batch.weights[p, j] } }
    for j in 0..<c { weights[d, j] = 3 }
    let base = try SoftmaxCrossEntropy.loss(
      weights: batch.weights, inputs: batch.inputs, labels: batch.labels, regularization: 0)
    let shifted = try SoftmaxCrossEntropy.loss(
      weights: weights, inputs: inputs, labels: batch.labels, regularization: 0)
    #expect(abs(base - shifted) <= 1e-12 * max(1, base) + 1e-11, "\(n)×\(d)×\(c): \(base) vs \(shifted)")
  }

  @Test("softmax with scores near 1e4 stays finite and matches the shifted computation")
  func softmaxLargeScores() throws {
    let weights = try Matrix([[1e4, 9_990, -1e4], [0.5, -2, 3]])
    let inputs = try Matrix([[1, 0], [1, 1], [-1, 2]])
    let labels = [1, 0, 2]
    let result = try SoftmaxCrossEntropy.lossAndGradient(
      weights: weights, inputs: inputs, labels: labels, regularization: 0)
    #expect(result.loss.isFinite)
    #expect(result.gradient.scalars.allSatisfy { $0.isFinite })
    // Row losses by hand with the maximum subtracted first.
    let scores = try inputs.matmul(weights)
    var expected = 0.0
    for i in 0..<3 {
      let row = (0..<3).map { scores[i, $0] }
      let largest = row.max() ?? 0
      expected += largest + log(row.map { exp($0 - largest) }.reduce(0, +)) - row[labels[i]]
    }
    expected /= 3
    #expect(isApproximatelyEqual(result.loss, expected, relativeTolerance: 1e-14), "\(result.loss) vs \(expected)")
    #expect(abs(SoftmaxCrossEntropy.logSumExp([1e4, 1e4]) - (1e4 + log(2))) < 1e-9)
  }

  @Test("the SVM loss is ≥ 0, and 0 with a zero gradient when every margin is met", arguments: shapes.indices)
  func svmNonNegative(index: Int) throws {
    let (n, d, c) = Self.shapes[index]
    let batch = try Batch(n: n, d: d, c: c, seed: UInt64(90 + index), weightScale: 2)
    let loss = try MulticlassSVM.lossAndGradient(
      weights: batch.weights, inputs: batch.inputs, labels: batch.labels, regularization: 0
    ).loss
    #expect(loss >= 0)
    // One-hot features, one per class, and a weight of 10 on the matching class: margins of 10.
    let inputs = try Matrix((0..<n).map { i in (0..<c).map { $0 == batch.labels[i] ? 1.0 : 0 } })
    let weights = try Matrix((0..<c).map { p in (0..<c).map { $0 == p ? 10.0 : 0 } })
    let met = try MulticlassSVM.lossAndGradient(
      weights: weights, inputs: inputs, labels: batch.labels, regularization: 0)
    #expect(met.loss == 0)
    #expect(met.gradient.scalars.allSatisfy { $0 == 0 })
  }

  @Test("L2 adds λΣW² and 2λW; L1 adds λΣ|W| and λ·sign(W)")
  func penalties() throws {
    let batch = try Batch(n: 6, d: 4, c: 3, seed: 7)
    let weights = try batch.weights.matmul(Matrix(rows: 3, columns: 3, scalars: [1, 0, 0, 0, 1, 0, 0, 0, 0]))
    let plain = try SoftmaxCrossEntropy.lossAndGradient(
      weights: weights, inputs: batch.inputs, labels: batch.labels, penalty: .l2(0))
    for penalty in [WeightPenalty.l2(0.7), .l1(0.7)] {
      let penalized = try SoftmaxCrossEntropy.lossAndGradient(
        weights: weights, inputs: batch.inputs, labels: batch.labels, penalty: penalty)
      let term =
        penalty.kind == .l2
        ? 0.7 * weights.scalars.map { $0 * $0 }.reduce(0, +) : 0.7 * weights.scalars.map(abs).reduce(0, +)
      #expect(abs(penalized.loss - plain.loss - term) < 1e-12, "\(penalty.kind)")
      for index in weights.scalars.indices {
        let w = weights.scalars[index]
        let expected = penalty.kind == .l2 ? 1.4 * w : (w > 0 ? 0.7 : (w < 0 ? -0.7 : 0))
        let added = penalized.gradient.scalars[index] - plain.gradient.scalars[index]
        #expect(abs(added - expected) < 1e-12, "\(penalty.kind) entry \(index): added \(added), expected \(expected)")
      }
    }
    #expect(
      try MulticlassSVM.lossAndGradient(weights: weights, inputs: batch.inputs, labels: batch.labels, penalty: .l1(0.5))
        .loss
        >= WeightPenalty.l1(0.5).value(weights))
  }

  @Test("a label out of range is named with its index and the class count")
  func labelOutOfRange() throws {
    let batch = try Batch(n: 4, d: 3, c: 3, seed: 1)
    for labels in [[0, 1, 3, 0], [0, -1, 2, 0]] {
      #expect(
        throws: LossError.labelOutOfRange(
          index: labels.firstIndex { $0 < 0 || $0 > 2 } ?? 0, label: labels.first { $0 < 0 || $0 > 2 } ?? 0, classes: 3)
      ) {
        _ = try SoftmaxCrossEntropy.lossAndGradient(
          weights: batch.weights, inputs: batch.inputs, labels: labels, regularization: 0)
      }
    }
    let error = LossError.labelOutOfRange(index: 2, label: 3, classes: 3)
    #expect(error.description.contains("y[2] = 3") && error.description.contains("0..<3"))
    #expect(throws: LossError.labelCount(labels: 3, examples: 4)) {
      _ = try MulticlassSVM.lossAndGradient(
        weights: batch.weights, inputs: batch.inputs, labels: [0, 1, 2], regularization: 0)
    }
  }

  @Test("a shape mismatch names both shapes, for every loss")
  func shapeMismatch() throws {
    let batch = try Batch(n: 4, d: 3, c: 2, seed: 2)
    let wrongWeights = Matrix(rows: 5, columns: 2)
    let attempts: [() throws -> Void] = [
      {
        _ = try SoftmaxCrossEntropy.lossAndGradient(
          weights: wrongWeights, inputs: batch.inputs, labels: batch.labels, regularization: 0)
      },
      {
        _ = try MulticlassSVM.lossAndGradient(
          weights: wrongWeights, inputs: batch.inputs, labels: batch.labels, regularization: 0)
      },
      {
        _ = try MulticlassSVM.naiveLossAndGradient(
          weights: wrongWeights, inputs: batch.inputs, labels: batch.labels, regularization: 0)
      },
      {
        _ = try TwoLayerNetwork(w1: wrongWeights, b1: [0, 0], w2: Matrix(rows: 2, columns: 2), b2: [0, 0])
          .lossAndGradients(inputs: batch.inputs, labels: batch.labels, regularization: 0)
      },
    ]
    for attempt in attempts {
      #expect {
        try attempt()
      } throws: { error in
        let text = String(describing: error)
        return text.contains("4×3") && text.contains("5×2")
      }
    }
    #expect(throws: LossError.self) {
      _ = try TwoLayerNetwork(
        w1: Matrix(rows: 3, columns: 4), b1: [0, 0], w2: Matrix(rows: 4, columns: 2), b2: [0, 0])
    }
    #expect(throws: LossError.emptyBatch(inputs: Shape(rows: 0, columns: 3))) {
      _ = try SoftmaxCrossEntropy.loss(
        weights: batch.weights, inputs: Matrix(rows: 0, columns: 3), labels: [], regularization: 0)
    }
    #expect(throws: LossError.invalidRegularization(-1)) {
      _ = try SoftmaxCrossEntropy.loss(
        weights: batch.weights, inputs: batch.inputs, labels: batch.labels, regularization: -1)
    }
  }

  @Test("the two-layer network's scores are the affine–ReLU–affine forward pass")
  func twoLayerForward() throws {
    let network = try TwoLayerNetwork(
      w1: Matrix([[1, -1], [2, 0.5]]), b1: [0.5, -3], w2: Matrix([[1, 0, -1], [2, 1, 0]]), b2: [0, 0.25, -0.25])
    let scores = try network.scores(inputs: Matrix([[1, 1], [-1, 2]]))
    // Row 0: Z = (3.5, −3.5) → A = (3.5, 0); row 1: Z = (3.5, -1) → A = (3.5, 0).
    #expect(scores.nestedRows == [[3.5, 0.25, -3.75], [3.5, 0.25, -3.75]])
  }
}
