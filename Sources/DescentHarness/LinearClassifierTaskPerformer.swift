import DescentContract
import DescentCore
import DescentWire

/// The tasks that call the student's linear-classifier code (losses,
/// minibatch SGD, predictions) on data built here from its specification.
extension TaskPerformer {
  static func perform(_ task: LinearLossTask, with catalog: SubmissionCatalog) -> HarnessResult {
    guard let loss = catalog.linearLosses[task.routine] else {
      return .failed(missing(task.routine, kind: "linear loss", known: catalog.linearLosses.keys))
    }
    let data = task.data.make()
    let weights = task.weights.make()
    guard task.displacements.isEmpty else {
      return collect(task.displacements, into: HarnessResult.numbers) { displacement in
        var moved = weights
        guard displacement.row >= 0, displacement.row < moved.rows, displacement.column >= 0,
          displacement.column < moved.columns
        else { return .nan }  // never planned by the grader: an entry outside W has no loss
        moved[displacement.row, displacement.column] += displacement.amount
        return try loss(moved, data.features, data.labels, task.regularization).loss
      }
    }
    do {
      let answer = try loss(weights, data.features, data.labels, task.regularization)
      return .lossAndGradient(loss: answer.loss, gradient: answer.gradient.nestedRows)
    } catch {
      return .failed(studentError(error))
    }
  }

  static func perform(_ task: LinearTrainingTask, with catalog: SubmissionCatalog) -> HarnessResult {
    guard let trainer = catalog.linearTrainers[task.trainer] else {
      return .failed(missing(task.trainer, kind: "linear trainer", known: catalog.linearTrainers.keys))
    }
    guard let loss = catalog.linearLosses[task.loss] else {
      return .failed(missing(task.loss, kind: "linear loss", known: catalog.linearLosses.keys))
    }
    let data = task.data.make()
    do {
      let trained = try trainer(
        { try loss($0, $1, $2, $3) }, task.weights.make(), data.features, data.labels, task.plan.learningRate,
        task.plan.regularization, task.batches)
      return .vectors(trained.nestedRows, stoppedBy: nil)
    } catch {
      return .failed(studentError(error))
    }
  }

  static func perform(_ task: LinearPredictionTask, with catalog: SubmissionCatalog) -> HarnessResult {
    guard let predictor = catalog.linearPredictors[task.routine] else {
      return .failed(missing(task.routine, kind: "linear predictor", known: catalog.linearPredictors.keys))
    }
    do {
      return .integers(try predictor(task.weights.make(), task.data.make().features), stoppedBy: nil)
    } catch {
      return .failed(studentError(error))
    }
  }
}
