import DescentContract
import DescentCore
import DescentWire

/// The tasks that call one of the student's routines (numeric gradients,
/// gradient checks, random searches, second-derivative tests) on inputs
/// built here from Core's test problems.
extension TaskPerformer {
  static func perform(_ task: NumericGradientTask, with catalog: SubmissionCatalog) -> HarnessResult {
    guard let routine = catalog.numericGradients[task.routine] else {
      return .failed(missing(task.routine, kind: "numeric gradient", known: catalog.numericGradients.keys))
    }
    return withObjective(task.problem) { objective in
      collect(task.points, into: HarnessResult.vectors) { x in
        try routine({ objective.value(at: $0) }, x, task.step)
      }
    }
  }

  static func perform(_ task: GradientCheckTask, with catalog: SubmissionCatalog) -> HarnessResult {
    guard let routine = catalog.gradientChecks[task.routine] else {
      return .failed(missing(task.routine, kind: "gradient check", known: catalog.gradientChecks.keys))
    }
    return withObjective(task.problem) { objective in
      let scale = task.gradientScale
      return collect(task.points, into: HarnessResult.numbers) { x in
        try routine({ objective.value(at: $0) }, { objective.gradient(at: $0).map { $0 * scale } }, x, task.step)
      }
    }
  }

  static func perform(_ task: RandomSearchTask, with catalog: SubmissionCatalog) -> HarnessResult {
    guard let routine = catalog.randomSearches[task.routine] else {
      return .failed(missing(task.routine, kind: "random search", known: catalog.randomSearches.keys))
    }
    return withObjective(task.problem) { objective in
      var generator = SeededGenerator(seed: task.seed)
      return collect([objective.dimension], into: HarnessResult.vectors) { dimension in
        try routine({ objective.value(at: $0) }, dimension, task.tries, task.scale, &generator)
      }
    }
  }

  static func perform(_ task: LineSearchTask, with catalog: SubmissionCatalog) -> HarnessResult {
    guard let routine = catalog.lineSearches[task.routine] else {
      return .failed(missing(task.routine, kind: "line search", known: catalog.lineSearches.keys))
    }
    return withObjective(task.problem) { objective in
      collect(Array(zip(task.points, task.directions)), into: HarnessResult.numbers) { x, p in
        try routine({ objective.value(at: $0) }, { objective.gradient(at: $0) }, x, p, task.settings)
      }
    }
  }

  static func perform(_ task: ScheduleTask, with catalog: SubmissionCatalog) -> HarnessResult {
    guard let routine = catalog.schedules[task.routine] else {
      return .failed(missing(task.routine, kind: "learning-rate schedule", known: catalog.schedules.keys))
    }
    return collect(task.steps, into: HarnessResult.numbers) { try routine($0, task.settings) }
  }

  static func perform(_ task: ClippingTask, with catalog: SubmissionCatalog) -> HarnessResult {
    guard let routine = catalog.gradientClippers[task.routine] else {
      return .failed(missing(task.routine, kind: "gradient clipping", known: catalog.gradientClippers.keys))
    }
    return collect(task.gradients, into: HarnessResult.vectors) { try routine($0, task.threshold) }
  }

  static func perform(_ task: InitializationTask, with catalog: SubmissionCatalog) -> HarnessResult {
    guard let routine = catalog.initializers[task.routine] else {
      return .failed(missing(task.routine, kind: "initialization", known: catalog.initializers.keys))
    }
    var generator = SeededGenerator(seed: task.seed)
    do {
      return .vectors(try routine(task.fanIn, task.fanOut, &generator).nestedRows, stoppedBy: nil)
    } catch {
      return .failed(studentError(error))
    }
  }

  static func perform(_ task: CriticalPointTask, with catalog: SubmissionCatalog) -> HarnessResult {
    guard let routine = catalog.criticalPointTests[task.routine] else {
      return .failed(missing(task.routine, kind: "second-derivative test", known: catalog.criticalPointTests.keys))
    }
    var matrices: [Matrix] = []
    for rows in task.hessians {
      guard let matrix = try? Matrix(rows) else {
        return .failed(StudentError(kind: .thrown, message: "the grader sent a Hessian that is not a matrix"))
      }
      matrices.append(matrix)
    }
    return collect(matrices, into: HarnessResult.labels) { try routine($0).rawValue }
  }

  /// `body` with the problem's objective, or a failure when Core cannot build it.
  private static func withObjective(
    _ problem: ProblemSpecification, _ body: (any Objective) -> HarnessResult
  ) -> HarnessResult {
    do {
      return body(try TestProblems.objective(for: problem))
    } catch {
      return .failed(StudentError(kind: .thrown, message: "the harness could not build the problem: \(error)"))
    }
  }

  /// The routine's answer for each input, in order, stopping at the first
  /// error it throws.
  static func collect<Input, Answer>(
    _ inputs: [Input], into result: ([Answer], StudentError?) -> HarnessResult,
    _ answer: (Input) throws -> Answer
  ) -> HarnessResult {
    var answers: [Answer] = []
    answers.reserveCapacity(inputs.count)
    for input in inputs {
      do {
        answers.append(try answer(input))
      } catch {
        return result(answers, studentError(error))
      }
    }
    return result(answers, nil)
  }
}
