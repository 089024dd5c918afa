import DescentCore
import DescentReports
import DescentWire

/// The charts of one item's feedback, from what its judge compared: the
/// expectation, the tasks and the student's answers. Built wherever the
/// item is judged (the grader, a kit's self-check), so that both draw the
/// same pictures.
///
/// - trajectory items: the paths over the problem's contour lines (2-D
///   problems) or the distance to the reference and each coordinate's
///   error against the tolerance per step (other dimensions), and the loss
///   per step, the first divergent step
///   marked, the named mistake's own path drawn faintly beside the
///   student's;
/// - convergence items: the path (2-D) and the measure per step against the
///   target;
/// - gradient items: the relative error at each checked point against the
///   threshold.
///
/// Answers that could not be judged (an error, a reply of the wrong shape)
/// get no figures.
public enum ItemFigures {
  /// The most points a drawn line keeps; longer ones are thinned, keeping
  /// the first and last points and those around the divergence.
  public static let pointLimit = 300

  /// The figures of an item judged `verdict`.
  public static func figures(
    for expectation: ItemExpectation, tasks: [HarnessTask], results: [HarnessResult], verdict: Verdict
  ) -> [Figure] {
    guard verdict.outcome != .skipped, results.count == tasks.count,
      zip(results, tasks).allSatisfy({ ReplyShape.violation(of: $0, for: $1) == nil })
    else { return [] }
    return expectation.content.figures(tasks: tasks, results: results, verdict: verdict)
  }

  /// The indices of a line of `count` points to draw: all of them up to
  /// ``pointLimit``, else an even spread that keeps the ends and `kept`.
  static func thinned(_ count: Int, keeping kept: [Int] = []) -> [Int] {
    guard count > pointLimit else { return Array(0..<count) }
    var chosen = Set((0..<pointLimit).map { $0 * (count - 1) / (pointLimit - 1) })
    for index in kept where index >= 0 && index < count {
      for neighbour in max(0, index - 2)...min(count - 1, index + 2) { chosen.insert(neighbour) }
    }
    return chosen.sorted()
  }

  /// A line of `values` against their step numbers, thinned by ``thinned(_:keeping:)``.
  static func stepSeries(
    _ name: String, role: Figure.Role, values: [Double], keeping kept: [Int] = []
  ) -> Figure.Series {
    let indices = thinned(values.count, keeping: kept)
    return Figure.Series(name: name, role: role, points: indices.map { Figure.Point(Double($0), values[$0]) })
  }

  /// f at each of `points`, or nil when the problem cannot be built.
  static func losses(_ points: [[Double]], problem: ProblemSpecification) -> [Double]? {
    guard let objective = try? TestProblems.objective(for: problem) else { return nil }
    return points.map { $0.count == problem.dimension && $0.allSatisfy(\.isFinite) ? objective.value(at: $0) : .nan }
  }
}
