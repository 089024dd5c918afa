import DescentContract
import DescentHarness
import DescentWire
import Testing

/// The harness hands a student's line-search method the grader's line search
/// for one run, and takes it back afterwards.
@Suite("The harness's line search for BFGS, L-BFGS and CG")
struct GivenLineSearchHarnessTests {
  /// Where a hostile factory keeps the line search it was handed.
  final class Stash: @unchecked Sendable { var lineSearch: LineSearch? }

  /// Steepest descent with the given line search.
  struct SearchingDescent: Optimizer {
    let lineSearch: LineSearch

    mutating func step(_ x: inout [Double], on objective: some Objective) throws {
      let g = objective.gradient(at: x)
      let accepted = try lineSearch.step(
        from: x, value: objective.value(at: x), gradient: g, direction: g.map { -$0 }, initialStep: 1)
      if let accepted { x = accepted.point }
    }
  }

  static let task = TrajectoryTask(
    optimizer: "bfgs",
    hyperparameters: Hyperparameters(numbers: ["lr": 1, "c1": 1e-4, "c2": 0.9, "max_line_search": 25]),
    problem: ProblemSpecification(name: "rosenbrock", dimension: 2), start: [-1.2, 1], steps: 3, seed: 0)

  @Test("a line-search method gets a working search during its run, and a kept one fails after it")
  func leaseEndsWithTheRun() throws {
    let stash = Stash()
    let catalog = SubmissionCatalog(lineSearchOptimizers: [
      "bfgs": { _, lineSearch in
        stash.lineSearch = lineSearch
        return SearchingDescent(lineSearch: lineSearch)
      }
    ])
    guard case .trajectory(let points, let stoppedBy) = TaskPerformer.perform(.trajectory(Self.task), with: catalog)
    else {
      Issue.record("not a trajectory")
      return
    }
    #expect(stoppedBy == nil && points.count == 4)
    #expect(points[3][0] > -1.2, "the searches moved the point: \(points)")
    let kept = try #require(stash.lineSearch)
    #expect(throws: LineSearchError.leaseEnded) {
      try kept.step(from: [-1.2, 1], value: 24.2, gradient: [-215.6, -88], direction: [215.6, 88], initialStep: 1)
    }
  }

  @Test("a method filed among line-search methods that takes none is the student's error, in words")
  func wrongSlot() {
    let catalog = SubmissionCatalog(lineSearchOptimizers: [
      "newton": { _, lineSearch in SearchingDescent(lineSearch: lineSearch) }
    ])
    var task = Self.task
    task.optimizer = "newton"
    task.hyperparameters = Hyperparameters(numbers: ["lr": 1])
    guard case .failed(let error) = TaskPerformer.perform(.trajectory(task), with: catalog) else {
      Issue.record("not a failure")
      return
    }
    #expect(error.message.contains("'newton' takes no line search"), "\(error.message)")
  }
}
