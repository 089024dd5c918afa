import DescentCore
import Testing

@testable import DescentReference

/// The fast paths of the gradient check on linear classifiers: evaluating
/// the loss along coordinate lines must give what evaluating it afresh gives.
@Suite("Gradient checks along coordinate lines")
struct CoordinateLineTests {
  /// (N, D, C, seed): odd shapes, one of everything, and C = 10 as in CS231n.
  static let shapes: [(Int, Int, Int, UInt64)] = [(7, 5, 3, 1), (13, 4, 10, 2), (1, 1, 1, 3), (20, 6, 2, 4)]

  struct Problem {
    var inputs: Matrix
    var weights: Matrix
    var labels: [Int]
  }

  static func problem(_ n: Int, _ d: Int, _ c: Int, seed: UInt64) throws -> Problem {
    var generator = SeededGenerator(seed: seed)
    let inputs = try Matrix(rows: n, columns: d, scalars: (0..<(n * d)).map { _ in generator.nextNormal() * 3 })
    let weights = try Matrix(rows: d, columns: c, scalars: (0..<(d * c)).map { _ in generator.nextNormal() })
    let labels = (0..<n).map { _ in generator.nextInt(below: c) }
    return Problem(inputs: inputs, weights: weights, labels: labels)
  }

  @Test("updating one column of the scores gives the softmax loss bit for bit", arguments: shapes)
  func columnUpdateIsBitIdentical(_ n: Int, _ d: Int, _ c: Int, _ seed: UInt64) throws {
    let problem = try Self.problem(n, d, c, seed: seed)
    let x = problem.inputs
    let scores = try x.matmul(problem.weights)
    let update = SoftmaxColumnUpdate(scores: scores, labels: problem.labels)
    var mismatches: [String] = []
    for column in 0..<c {
      for p in 0..<d {
        for delta in [1e-5, -1e-5, 0.7, -2.5, 40, 0] {
          var displaced = scores
          for row in 0..<n { displaced[row, column] += delta * x[row, p] }
          let expected = SoftmaxCrossEntropy.meanLoss(scores: displaced, labels: problem.labels)
          let got = x.scalars.withUnsafeBufferPointer {
            update.meanLoss(column: column, adding: delta, times: $0, stride: d, offset: p)
          }
          if expected.bitPattern != got.bitPattern { mismatches.append("column \(column), p \(p), δ \(delta)") }
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  @Test("the softmax loss alone is the loss of lossAndGradient, bit for bit", arguments: shapes)
  func lossAloneMatchesLossAndGradient(_ n: Int, _ d: Int, _ c: Int, _ seed: UInt64) throws {
    let problem = try Self.problem(n, d, c, seed: seed)
    let both = try SoftmaxCrossEntropy.lossAndGradient(
      weights: problem.weights, inputs: problem.inputs, labels: problem.labels, regularization: 0.3)
    let alone = try SoftmaxCrossEntropy.loss(
      weights: problem.weights, inputs: problem.inputs, labels: problem.labels, regularization: 0.3)
    #expect(both.loss.bitPattern == alone.bitPattern)
  }

  @Test("coordinate lines agree with fresh evaluations, and so do the checks built on them", arguments: shapes)
  func linesAgreeWithFreshEvaluation(_ n: Int, _ d: Int, _ c: Int, _ seed: UInt64) throws {
    let problem = try Self.problem(n, d, c, seed: seed)
    for kind in LinearClassifierLoss.allCases {
      let objective = try LinearClassifierObjective(
        loss: kind, inputs: problem.inputs, labels: problem.labels, classes: c, regularization: 0.3)
      let w = problem.weights.scalars
      let lines = try #require(objective.coordinateLines(through: w))
      var worst = 0.0
      for i in w.indices {
        for t in [1e-5, -1e-5, 0.3] {
          var moved = w
          moved[i] += t
          let fresh = objective.value(at: moved)
          worst = max(worst, abs(lines(i, t) - fresh) / max(abs(fresh), .leastNormalMagnitude))
        }
      }
      #expect(worst < 1e-13, "\(kind): relative difference \(worst)")
      // The check's numeric gradient against the generic central difference from value(at:).
      let check = try GradientCheck.full(objective, at: w)
      let generic = NumericGradient.centered(of: objective.value, at: w)
      let difference = zip(check.numeric, generic).map { abs($0 - $1) }.max() ?? 0
      #expect(difference < 1e-8, "\(kind): numeric gradients differ by \(difference)")
      if kind == .softmax {  // smooth; the hinge may have a kink within h of a weight
        #expect(check.relativeError < 1e-7, "\(kind): \(check)")
      }
    }
  }

  @Test("a point that does not fit the objective falls back to fresh evaluations")
  func wrongLengthHasNoLines() throws {
    let problem = try Self.problem(4, 3, 2, seed: 5)
    let objective = try LinearClassifierObjective(
      loss: .softmax, inputs: problem.inputs, labels: problem.labels, classes: 2, regularization: 0)
    #expect(objective.coordinateLines(through: [1, 2, 3]) == nil)
  }
}
