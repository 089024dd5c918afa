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
    case .lineSearch(let task): return perform(task, with: catalog)
    case .schedule(let task): return perform(task, with: catalog)
    case .clipping(let task): return perform(task, with: catalog)
    case .initialization(let task): return perform(task, with: catalog)
    case .networkLoss(let task): return perform(task, with: catalog)
    case .networkTraining(let task): return perform(task, with: catalog)
    }
  }

  private static func perform(_ task: TrajectoryTask, with catalog: SubmissionCatalog) -> HarnessResult {
    let objective: any Objective
    do {
      objective = try TestProblems.objective(for: task.problem)
    } catch {
      return .failed(StudentError(kind: .thrown, message: "the self-check could not build the problem: \(error)"))
    }
    // A line search handed to the student's method serves this run only.
    let lease = LineSearchLease()
    defer { lease.close() }
    var optimizer: any Optimizer
    do {
      if let factory = catalog.optimizers[task.optimizer] {
        optimizer = try factory(task.hyperparameters)
      } else if let factory = catalog.lineSearchOptimizers[task.optimizer] {
        let search = try givenLineSearch(task.hyperparameters, for: task.optimizer)
        optimizer = try factory(task.hyperparameters, LineSearch(objective: objective, search: search, lease: lease))
      } else {
        let known = Set(catalog.optimizers.keys).union(catalog.lineSearchOptimizers.keys)
        return .failed(missing(task.optimizer, kind: "optimizer", known: known))
      }
    } catch let error as GivenLineSearchError {
      return .failed(StudentError(kind: .thrown, message: error.message))
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

  /// The strong-Wolfe search described by the hyper-parameters `c1`, `c2`
  /// and `max_line_search` the grader sends every line-search method; a
  /// method sent none of them takes no line search, and the student filed it
  /// in the wrong slot of the catalog.
  private static func givenLineSearch(
    _ h: Hyperparameters, for optimizer: String
  ) throws(GivenLineSearchError) -> StrongWolfeLineSearch {
    guard let c1 = h.numbers["c1"], let c2 = h.numbers["c2"], let budget = h.numbers["max_line_search"],
      let evaluations = Int(exactly: budget)
    else {
      throw GivenLineSearchError(
        message: "'\(optimizer)' takes no line search: list it in the catalog's optimizers, not lineSearchOptimizers")
    }
    do {
      return try StrongWolfeLineSearch(sufficientDecrease: c1, curvature: c2, maximumEvaluations: evaluations)
    } catch {
      throw GivenLineSearchError(message: "the line search cannot take these constants: \(error)")
    }
  }

  /// The grader's line search could not be built from what it sent.
  private struct GivenLineSearchError: Error { var message: String }

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

  static func missing(_ name: String, kind: String, known: some Sequence<String>) -> StudentError {
    let names = known.sorted()
    return StudentError(
      kind: .missingFromCatalog,
      message: "your submission's catalog has no \(kind) '\(name)'"
        + " (it has: \(names.isEmpty ? "none" : names.joined(separator: ", ")))")
  }
}
