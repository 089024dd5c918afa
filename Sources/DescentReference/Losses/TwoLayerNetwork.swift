import DescentCore

/// The course's two-layer network, affine–ReLU–affine–softmax, with its
/// forward and backward pass written out (CS231n's `TwoLayerNet.loss`):
///
/// ```
/// forward                              backward
/// Z = X·W1 + b1        (N×H)           dS  = (P − Y) / N          (softmax, see SoftmaxCrossEntropy)
/// A = max(0, Z)                        dW2 = Aᵀ·dS + 2λ·W2,  db2 = Σᵢ dS[i, :]
/// S = A·W2 + b2        (N×C)           dA  = dS·W2ᵀ
/// L = (1/N)·Σᵢ (log Σⱼ e^{S[i, j]} − S[i, yᵢ]) + λ·(ΣW1² + ΣW2²)
///                                      dZ  = dA ⊙ 1[Z > 0]
///                                      dW1 = Xᵀ·dZ + 2λ·W1,  db1 = Σᵢ dZ[i, :]
/// ```
///
/// Biases are not regularized. The ReLU's gradient at exactly 0 is 0, as
/// torch's `relu`.
public struct TwoLayerNetwork: Sendable, Equatable {
  /// W1, D×H.
  public var w1: Matrix
  /// b1, H entries.
  public var b1: [Double]
  /// W2, H×C.
  public var w2: Matrix
  /// b2, C entries.
  public var b2: [Double]

  /// A network from its parameters.
  ///
  /// - Throws: ``LossError/shape(_:)`` when W1's columns, b1, W2's rows and
  ///   b2 do not agree on H and C.
  public init(w1: Matrix, b1: [Double], w2: Matrix, b2: [Double]) throws(LossError) {
    guard b1.count == w1.columns else {
      throw .shape(
        ShapeError(
          operation: "hidden bias b1", left: w1.shape, right: Shape(rows: 1, columns: b1.count),
          reason: "W1 has \(w1.columns) hidden units, b1 has \(b1.count) entries"))
    }
    guard w2.rows == w1.columns else {
      throw .shape(
        ShapeError(
          operation: "layers W1·W2", left: w1.shape, right: w2.shape,
          reason: "W1 has \(w1.columns) columns, W2 has \(w2.rows) rows; both must be H"))
    }
    guard b2.count == w2.columns else {
      throw .shape(
        ShapeError(
          operation: "output bias b2", left: w2.shape, right: Shape(rows: 1, columns: b2.count),
          reason: "W2 has \(w2.columns) classes, b2 has \(b2.count) entries"))
    }
    self.w1 = w1
    self.b1 = b1
    self.w2 = w2
    self.b2 = b2
  }

  /// The network holding `parameters`.
  ///
  /// - Throws: ``LossError/shape(_:)`` when their sizes disagree.
  public init(_ parameters: NetworkParameters) throws(LossError) {
    try self.init(w1: parameters.w1, b1: parameters.b1, w2: parameters.w2, b2: parameters.b2)
  }

  /// The gradients of the loss with respect to each parameter, each of its parameter's shape.
  public struct Gradients: Sendable, Equatable {
    /// ∂L/∂W1, D×H.
    public var w1: Matrix
    /// ∂L/∂b1, H entries.
    public var b1: [Double]
    /// ∂L/∂W2, H×C.
    public var w2: Matrix
    /// ∂L/∂b2, C entries.
    public var b2: [Double]
  }

  /// D, the input dimension.
  public var inputDimension: Int { w1.rows }
  /// H, the hidden width.
  public var hiddenWidth: Int { w1.columns }
  /// C, the number of classes.
  public var classes: Int { w2.columns }

  /// S = max(0, X·W1 + b1)·W2 + b2, N×C.
  ///
  /// - Throws: ``LossError/shape(_:)`` when X's columns are not D.
  public func scores(inputs: Matrix) throws(LossError) -> Matrix {
    try forward(inputs: inputs).scores
  }

  /// L and the gradients of every parameter on inputs X (N×D) with labels y
  /// and L2 strength λ on W1 and W2.
  ///
  /// - Throws: ``LossError`` for an empty batch, X's columns ≠ D, labels
  ///   not one per row or out of 0..<C, a negative λ.
  public func lossAndGradients(
    inputs: Matrix, labels: [Int], regularization: Double
  ) throws(LossError) -> (loss: Double, gradients: Gradients) {
    try lossAndGradients(inputs: inputs, labels: labels, regularization: regularization, flaws: [])
  }

  /// ``lossAndGradients(inputs:labels:regularization:)`` written with the
  /// mistake catalog's `flaws` (``NetworkLossMistakes``).
  func lossAndGradients(
    inputs: Matrix, labels: [Int], regularization: Double, flaws: NetworkFlaws
  ) throws(LossError) -> (loss: Double, gradients: Gradients) {
    let penalty = WeightPenalty.l2(regularization)
    try penalty.validate()
    guard inputs.rows > 0 else { throw .emptyBatch(inputs: inputs.shape) }
    try LinearClassifierBatch.validate(labels: labels, examples: inputs.rows, classes: classes)
    let pass = try forward(inputs: inputs)
    let data = SoftmaxCrossEntropy.scoreLossAndGradient(scores: pass.scores, labels: labels)
    let weightPenalty = flaws.contains(.penaltyGradientWithoutTwo) ? WeightPenalty.l2(regularization / 2) : penalty
    do throws(ShapeError) {
      let dScores =
        flaws.contains(.scoreGradientNotAveraged) ? data.scoreGradient * Double(inputs.rows) : data.scoreGradient
      var dW2 = try Matrix.transposedProduct(pass.activations, dScores)
      weightPenalty.accumulateGradient(w2, into: &dW2)
      var dHidden = try dScores.matmul(w2.transposed)
      if !flaws.contains(.reluGradientSkipped) {
        for index in 0..<(dHidden.rows * dHidden.columns) where !(pass.preActivations.scalars[index] > 0) {
          dHidden[index / dHidden.columns, index % dHidden.columns] = 0
        }
      }
      var dW1 = try Matrix.transposedProduct(inputs, dHidden)
      weightPenalty.accumulateGradient(w1, into: &dW1)
      var loss = data.loss + penalty.value(w1) + penalty.value(w2)
      var gradients = Gradients(w1: dW1, b1: dHidden.columnSums, w2: dW2, b2: dScores.columnSums)
      if flaws.contains(.biasesRegularized) {
        loss += regularization * (b1.reduce(0) { $0 + $1 * $1 } + b2.reduce(0) { $0 + $1 * $1 })
        for j in gradients.b1.indices { gradients.b1[j] += 2 * regularization * b1[j] }
        for j in gradients.b2.indices { gradients.b2[j] += 2 * regularization * b2[j] }
      }
      return (loss, gradients)
    } catch {
      throw .shape(error)
    }
  }

  /// Z = X·W1 + b1, A = max(0, Z), S = A·W2 + b2.
  func forward(inputs: Matrix) throws(LossError) -> (preActivations: Matrix, activations: Matrix, scores: Matrix) {
    guard inputs.columns == inputDimension else {
      throw .shape(
        ShapeError(
          operation: "hidden layer X·W1", left: inputs.shape, right: w1.shape,
          reason: "X has \(inputs.columns) columns, W1 has \(w1.rows) rows; both must be D"))
    }
    do throws(ShapeError) {
      let preActivations = try inputs.matmul(w1).addingRow(b1)
      let activations = preActivations.map { max(0, $0) }
      let scores = try activations.matmul(w2).addingRow(b2)
      return (preActivations, activations, scores)
    } catch {
      throw .shape(error)
    }
  }
}

/// The mistakes ``TwoLayerNetwork/lossAndGradients(inputs:labels:regularization:flaws:)``
/// can be written with, for the mistake catalog.
struct NetworkFlaws: OptionSet, Sendable {
  let rawValue: Int

  /// dZ = dA: the gradient passed back through the ReLU unmasked.
  static let reluGradientSkipped = NetworkFlaws(rawValue: 1)
  /// dW += λ·W instead of 2λ·W.
  static let penaltyGradientWithoutTwo = NetworkFlaws(rawValue: 2)
  /// λ·(Σb1² + Σb2²) added to L, and 2λ·b to the bias gradients.
  static let biasesRegularized = NetworkFlaws(rawValue: 4)
  /// dS = P − Y, without the 1/N of the averaged loss.
  static let scoreGradientNotAveraged = NetworkFlaws(rawValue: 8)
}
