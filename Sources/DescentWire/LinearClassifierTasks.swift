import DescentCore

/// Evaluate one of the student's linear-classifier losses on a data set
/// built in their process from its specification, at seeded weights.
///
/// Without displacements the answer is L and dW at W
/// (``HarnessResult/lossAndGradient(loss:gradient:)``); with them, L alone
/// at each W + amount·E[row, column] (``HarnessResult/numbers(_:stoppedBy:)``),
/// the evaluations a numeric gradient of the student's own loss needs.
public struct LinearLossTask: Codable, Hashable, Sendable {
  /// The catalog name of the loss (`softmax_vectorized`).
  public var routine: String
  /// X and y.
  public var data: DataSpecification
  /// W.
  public var weights: WeightsSpecification
  /// λ.
  public var regularization: Double
  /// The single entries of W to move, each evaluation's own.
  public var displacements: [WeightDisplacement]

  /// Creates the task.
  public init(
    routine: String, data: DataSpecification, weights: WeightsSpecification, regularization: Double,
    displacements: [WeightDisplacement] = []
  ) {
    self.routine = routine
    self.data = data
    self.weights = weights
    self.regularization = regularization
    self.displacements = displacements
  }
}

/// W[row, column] moved by `amount`.
public struct WeightDisplacement: Codable, Hashable, Sendable {
  /// The row (feature).
  public var row: Int
  /// The column (class).
  public var column: Int
  /// What is added to the entry.
  public var amount: Double

  /// Creates a displacement.
  public init(row: Int, column: Int, amount: Double) {
    self.row = row
    self.column = column
    self.amount = amount
  }
}

/// Train a linear classifier with the student's minibatch SGD and loss,
/// as `plan` says; the answer is the final W.
public struct LinearTrainingTask: Codable, Hashable, Sendable {
  /// The catalog name of the trainer (`sgd`).
  public var trainer: String
  /// The catalog name of the loss it trains with.
  public var loss: String
  /// X and y.
  public var data: DataSpecification
  /// The initial W.
  public var weights: WeightsSpecification
  /// η, λ and the batches.
  public var plan: MinibatchPlan

  /// Creates the task.
  public init(
    trainer: String, loss: String, data: DataSpecification, weights: WeightsSpecification, plan: MinibatchPlan
  ) {
    self.trainer = trainer
    self.loss = loss
    self.data = data
    self.weights = weights
    self.plan = plan
  }

  /// The batches, as both sides draw them.
  public var batches: [[Int]] { plan.batches(exampleCount: data.exampleCount) }
}

/// Predict the classes of a data set's examples with the student's
/// predictor at seeded weights.
public struct LinearPredictionTask: Codable, Hashable, Sendable {
  /// The catalog name of the predictor (`predict`).
  public var routine: String
  /// X (and y, for the accuracy the judge reports).
  public var data: DataSpecification
  /// W.
  public var weights: WeightsSpecification

  /// Creates the task.
  public init(routine: String, data: DataSpecification, weights: WeightsSpecification) {
    self.routine = routine
    self.data = data
    self.weights = weights
  }
}
