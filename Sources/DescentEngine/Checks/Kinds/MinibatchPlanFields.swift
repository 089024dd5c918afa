import DescentCore
import DescentWire

extension CheckFields {
  /// A training item's minibatch SGD: `learning_rate`, `regularization`,
  /// `batch_size` (at most the examples in `data`), `epochs` and `seed`,
  /// refused when it takes more than `maximumSteps` batches.
  func minibatchPlan(over data: DataSpecification, maximumSteps: Int) throws(RubricError) -> MinibatchPlan {
    let batchSize = try required("batch_size").positiveInteger(atMost: data.exampleCount)
    let epochs = try required("epochs").positiveInteger(atMost: 10_000)
    let plan = MinibatchPlan(
      learningRate: try required("learning_rate").positiveNumber(),
      regularization: try required("regularization").nonNegativeNumber(), batchSize: batchSize, epochs: epochs,
      seed: try seed())
    let steps = plan.steps(exampleCount: data.exampleCount)
    guard steps <= maximumSteps else { throw error("\(field.path) takes \(steps) steps; at most \(maximumSteps)") }
    return plan
  }
}
