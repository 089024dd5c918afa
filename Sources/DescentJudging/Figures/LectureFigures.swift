import DescentCore
import DescentReports

/// The lecture's comparison figures, from reference runs alone: several
/// optimizers racing on one problem, or one optimizer at several learning
/// rates (`descent plot`).
public enum LectureFigures {
  /// One run to draw: its legend and the points it visited.
  public struct Run: Sendable {
    /// The legend's words ("adam lr=0.05").
    public var name: String
    /// x₀, x₁, …
    public var points: [[Double]]

    /// Creates a run.
    public init(name: String, points: [[Double]]) {
      self.name = name
      self.points = points
    }
  }

  /// The runs' paths over the 2-D problem's contour lines.
  public static func paths(_ runs: [Run], on problem: ProblemSpecification) -> Figure {
    // Framed on the runs that stay within a hundred times the start's size; one that flies off leaves the frame.
    let starts = runs.flatMap { $0.points.prefix(1) }
    let scale = 100 * ((starts.joined().map(abs).max() ?? 1) + 1)
    let bounded = runs.filter { $0.points.joined().allSatisfy { $0.isFinite && abs($0) <= scale } }
    let chart = PlaneChart(problem: problem, framing: starts + bounded.flatMap(\.points), also: [])
    return Figure(
      title: "Paths on \(problem.name)", x: chart.x, y: chart.y, contours: chart.contours,
      series: runs.map { chart.series($0.name, role: .other, $0.points, keeping: nil) })
  }

  /// f at each step of each run, on a logarithmic scale when the values
  /// prefer one (``Figure/Axis/prefersLogarithmic(_:)``).
  public static func losses(_ runs: [Run], on problem: ProblemSpecification) -> Figure {
    let losses = runs.map { ItemFigures.losses($0.points, problem: problem) ?? [] }
    let all = losses.joined().filter(\.isFinite)
    let steps = Double(max(1, (runs.map(\.points.count).max() ?? 1) - 1))
    return Figure(
      title: "Loss per step on \(problem.name)", x: Figure.Axis(label: "step", lower: 0, upper: steps),
      y: .spanning(Array(all), label: "f(x)", isLogarithmic: Figure.Axis.prefersLogarithmic(Array(all))),
      series: zip(runs, losses).map { run, values in ItemFigures.stepSeries(run.name, role: .other, values: values) })
  }
}
