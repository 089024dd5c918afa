import DescentContract
import DescentCore
import DescentWire

/// Runs one task with a student's catalog in this process and returns the
/// raw numbers: what the self-check's child process does for each item.
///
/// Errors the student's code throws become ``StudentError`` values
/// (a `NotImplemented` stub, a missing catalog entry, anything else thrown);
/// a trap ends the process, which the parent reports.
public enum TaskPerformer {
  /// The result of `task` with `catalog`.
  public static func perform(_ task: HarnessTask, with catalog: SubmissionCatalog) -> HarnessResult {
    switch task {
    case .trajectory(let trajectory): return perform(trajectory, with: catalog)
    case .evaluation(let evaluation): return perform(evaluation, with: catalog)
    case .numericGradient(let task): return perform(task, with: catalog)
    case .gradientCheck(let task): return perform(task, with: catalog)
    case .randomSearch(let task): return perform(task, with: catalog)
    case .criticalPoints(let task): return perform(task, with: catalog)
    case .linearLoss(let task): return perform(task, with: catalog)
    case .linearTraining(let task): return perform(task, with: catalog)
    case .linearPrediction(let task): return perform(task, with: catalog)
    }
  }

  private static func perform(_ task: TrajectoryTask, with catalog: SubmissionCatalog) -> HarnessResult {
    guard let factory = catalog.optimizers[task.optimizer] else {
      return .failed(missing(task.optimizer, kind: "optimizer", known: catalog.optimizers.keys))
    }
    let objective: any Objective
    do {
      objective = try TestProblems.objective(for: task.problem)
    } catch {
      return .failed(StudentError(kind: .thrown, message: "the self-check could not build the problem: \(error)"))
    }
    var optimizer: any Optimizer
    do {
      optimizer = try factory(task.hyperparameters)
    } catch {
      return .failed(studentError(error))
    }
    var x = task.start
    var points = [x]
    points.reserveCapacity(task.steps + 1)
    for _ in 0..<max(0, task.steps) {
      do {
        try optimizer.step(&x, on: objective)
      } catch {
        return .trajectory(points: points, stoppedBy: studentError(error))
      }
      points.append(x)
    }
    return .trajectory(points: points, stoppedBy: nil)
  }

  private static func perform(_ task: EvaluationTask, with catalog: SubmissionCatalog) -> HarnessResult {
    guard let function = catalog.functions[task.function] else {
      return .failed(missing(task.function, kind: "function", known: catalog.functions.keys))
    }
    var values: [Double] = []
    var gradients: [[Double]]? = task.includesGradient ? [] : nil
    for point in task.points {
      do {
        let value = try function.value(point)
        if task.includesGradient { gradients?.append(try function.gradient(point)) }
        values.append(value)
      } catch {
        return .evaluations(values: values, gradients: gradients, stoppedBy: studentError(error))
      }
    }
    return .evaluations(values: values, gradients: gradients, stoppedBy: nil)
  }

  static func studentError(_ error: any Error) -> StudentError {
    if let stub = error as? NotImplemented { return StudentError(kind: .notImplemented, message: stub.description) }
    return StudentError(kind: .thrown, message: String(describing: error))
  }

  static func missing(_ name: String, kind: String, known: Dictionary<String, some Any>.Keys) -> StudentError {
    let names = known.sorted()
    return StudentError(
      kind: .missingFromCatalog,
      message: "your submission's catalog has no \(kind) '\(name)'"
        + " (it has: \(names.isEmpty ? "none" : names.joined(separator: ", ")))")
  }
}
