import DescentWire

/// Judges one item's answers against its expectation, on numbers only.
///
/// The grader computes the expectation from the reference in its own
/// process; a student kit's self-check reads it from the kit's manifest.
/// Both call this, so a verdict and its words are the same wherever the
/// code is checked.
public enum ItemJudge {
  /// The verdict on `results`, the answers to `tasks` in order.
  ///
  /// A reply the harness could not have sent (``ReplyShape``) is the
  /// student's error; work that could not start (a missing catalog entry, a
  /// factory that threw, a `NotImplemented` stub) is an error naming the
  /// task's target; everything else goes to the judge of the expectation's
  /// kind (``CheckExpectation``), which may then rely on the shapes ``ReplyShape`` checked.
  public static func verdict(
    for expectation: ItemExpectation, tasks: [HarnessTask], results: [HarnessResult]
  ) -> Verdict {
    guard results.count == tasks.count else {
      return .error("Descent received \(results.count) of \(tasks.count) answers for this item; tell your instructor")
    }
    for (result, task) in zip(results, tasks) {
      if let violation = ReplyShape.violation(of: result, for: task) { return .error(violation) }
      if case .failed(let studentError) = result {
        return .error(StudentErrorWording.message(for: studentError, target: task.target))
      }
    }
    return expectation.content.verdict(tasks: tasks, results: results)
  }

  /// The verdict on a kit item's answers; see ``verdict(for:tasks:results:)``.
  public static func verdict(for item: SelfCheckItem, results: [HarnessResult]) -> Verdict {
    verdict(for: item.expectation, tasks: item.tasks, results: results)
  }
}
