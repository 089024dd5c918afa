import DescentCore

/// Evaluate the student's network loss on a data set built in their process
/// from its specification, at seeded parameters.
///
/// Without displacements the answer is L, every gradient entry in
/// ``NetworkParameters/flattened`` order, and the gradients' shapes
/// (``HarnessResult/vectors(_:stoppedBy:)``: `[[L], gradient, [rows of dW1,
/// columns of dW1, entries of db1, rows of dW2, columns of dW2, entries of
/// db2]]`); with them,
/// L alone at each displaced parameter vector
/// (``HarnessResult/numbers(_:stoppedBy:)``), the evaluations a numeric
/// gradient of the student's own loss needs.
public struct NetworkLossTask: Codable, Hashable, Sendable {
  /// The catalog name of the loss (`two_layer`).
  public var routine: String
  /// X and y.
  public var data: DataSpecification
  /// W1, b1, W2, b2.
  public var network: NetworkSpecification
  /// λ.
  public var regularization: Double
  /// The single entries to move, each evaluation's own.
  public var displacements: [ParameterDisplacement]

  /// Creates the task.
  public init(
    routine: String, data: DataSpecification, network: NetworkSpecification, regularization: Double,
    displacements: [ParameterDisplacement] = []
  ) {
    self.routine = routine
    self.data = data
    self.network = network
    self.regularization = regularization
    self.displacements = displacements
  }
}

/// Entry `index` of ``NetworkParameters/flattened`` moved by `amount`.
public struct ParameterDisplacement: Codable, Hashable, Sendable {
  /// The entry.
  public var index: Int
  /// What is added to it.
  public var amount: Double

  /// Creates a displacement.
  public init(index: Int, amount: Double) {
    self.index = index
    self.amount = amount
  }
}

/// Train the network with the student's minibatch SGD and loss, as `plan`
/// says; the answer is the final parameters, flattened (`[[θ]]`).
public struct NetworkTrainingTask: Codable, Hashable, Sendable {
  /// The catalog name of the trainer (`sgd`).
  public var trainer: String
  /// The catalog name of the loss it trains with.
  public var loss: String
  /// X and y.
  public var data: DataSpecification
  /// The initial parameters.
  public var network: NetworkSpecification
  /// η, λ and the batches.
  public var plan: MinibatchPlan

  /// Creates the task.
  public init(
    trainer: String, loss: String, data: DataSpecification, network: NetworkSpecification, plan: MinibatchPlan
  ) {
    self.trainer = trainer
    self.loss = loss
    self.data = data
    self.network = network
    self.plan = plan
  }

  /// The batches, as both sides draw them.
  public var batches: [[Int]] { plan.batches(exampleCount: data.exampleCount) }
}
