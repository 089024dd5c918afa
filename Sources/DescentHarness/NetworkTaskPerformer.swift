import DescentContract
import DescentCore
import DescentWire

/// The tasks that call the student's two-layer network code (its loss and
/// backward pass, minibatch SGD) on data built here from its specification.
extension TaskPerformer {
  static func perform(_ task: NetworkLossTask, with catalog: SubmissionCatalog) -> HarnessResult {
    guard let loss = catalog.networkLosses[task.routine] else {
      return .failed(missing(task.routine, kind: "network loss", known: catalog.networkLosses.keys))
    }
    let data = task.data.make()
    let network = task.network.make()
    guard task.displacements.isEmpty else {
      return collect(task.displacements, into: HarnessResult.numbers) { displacement in
        // Never planned by the grader: an entry outside the parameters has no loss.
        guard let moved = network.displaced(at: displacement.index, by: displacement.amount) else { return .nan }
        return try loss(moved, data.features, data.labels, task.regularization).loss
      }
    }
    do {
      let answer = try loss(network, data.features, data.labels, task.regularization)
      let g = answer.gradients
      let shapes = [g.w1.rows, g.w1.columns, g.b1.count, g.w2.rows, g.w2.columns, g.b2.count].map(Double.init)
      return .vectors([[answer.loss], g.flattened, shapes], stoppedBy: nil)
    } catch {
      return .failed(studentError(error))
    }
  }

  static func perform(_ task: NetworkTrainingTask, with catalog: SubmissionCatalog) -> HarnessResult {
    guard let trainer = catalog.networkTrainers[task.trainer] else {
      return .failed(missing(task.trainer, kind: "network trainer", known: catalog.networkTrainers.keys))
    }
    guard let loss = catalog.networkLosses[task.loss] else {
      return .failed(missing(task.loss, kind: "network loss", known: catalog.networkLosses.keys))
    }
    let data = task.data.make()
    do {
      let trained = try trainer(
        { try loss($0, $1, $2, $3) }, task.network.make(), data.features, data.labels, task.plan.learningRate,
        task.plan.regularization, task.batches)
      return .vectors([trained.flattened], stoppedBy: nil)
    } catch {
      return .failed(studentError(error))
    }
  }
}
