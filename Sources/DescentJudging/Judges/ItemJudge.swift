import DescentWire

/// Judges one item's answers against its expectation, on numbers only: the
/// same comparisons (``DescentCore`` `Comparison/`) and the same words as the
/// grader's checks, with the reference's numbers read from the kit's data
/// instead of computed.
public enum ItemJudge {
  /// The verdict on `results`, the answers to the item's tasks in order.
  /// Work that could not start (a missing catalog entry, a factory that
  /// threw, a stub) is an error naming the task's target.
  public static func verdict(for item: SelfCheckItem, results: [HarnessResult]) -> Verdict {
    guard results.count == item.tasks.count else {
      return .error("the self-check received \(results.count) of \(item.tasks.count) answers for this item")
    }
    for (result, task) in zip(results, item.tasks) {
      if case .failed(let studentError) = result {
        return .error(StudentErrorWording.message(for: studentError, target: task.target))
      }
    }
    switch item.expectation {
    case .trajectory(let expectation): return TrajectoryJudge(expectation: expectation).verdict(from: results)
    case .gradient(let expectation): return GradientJudge(expectation: expectation).verdict(from: results)
    case .value(let expectation): return ValueJudge(expectation: expectation).verdict(from: results)
    case .convergence(let expectation): return ConvergenceJudge(expectation: expectation).verdict(from: results)
    }
  }
}
