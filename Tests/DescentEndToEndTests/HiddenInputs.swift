import DescentEngine
import DescentJudging
import DescentReports

/// The inputs of a rubric's hidden items as reports would print them
/// (starts and points, by `ComparisonText.point`, and as Swift prints an
/// array, as a student's code would): text that no student-facing output
/// may contain. Inputs that a visible or after-due-date item shares, and
/// one-coordinate points too short to be telling, are left out.
enum HiddenInputs {
  static func texts(of rubric: Rubric) -> [String] {
    let visible = Set(rubric.items.filter { $0.visibility == .visible }.flatMap { inputs(of: $0.check) })
    let hidden = rubric.items.filter { $0.visibility != .visible }.flatMap { inputs(of: $0.check) }
    return Array(
      Set(hidden.filter { $0.count >= 2 }.map { ComparisonText.point($0) }).subtracting(
        visible.map { ComparisonText.point($0) })
    )
    .sorted()
  }

  /// The inputs an item's tasks send to the student's process.
  private static func inputs(of check: CheckSpecification) -> [[Double]] {
    check.tasks.flatMap { task -> [[Double]] in
      switch task {
      case .trajectory(let trajectory): [trajectory.start]
      case .evaluation(let evaluation): evaluation.points
      case .numericGradient(let task): task.points
      case .gradientCheck(let task): task.points
      case .criticalPoints(let task): task.hessians.map { $0.flatMap { $0 } }
      case .lineSearch(let task): task.points + task.directions
      case .clipping(let task): task.gradients
      case .schedule, .initialization, .networkLoss, .networkTraining: []
      case .randomSearch, .linearLoss, .linearTraining, .linearPrediction: []
      }
    }
  }
}
