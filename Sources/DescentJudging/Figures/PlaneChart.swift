import DescentCore
import DescentReports

/// The frame of a 2-D problem's chart: a window around the points that
/// matter (the reference's path, with room for the student's unless it
/// runs far away), and the problem's contour lines in it.
struct PlaneChart {
  let x: Figure.Axis
  let y: Figure.Axis
  let contours: [Figure.ContourLine]

  /// Samples per side of the contour grid.
  static let gridSize = 48
  /// How many level sets are drawn.
  static let levelCount = 14

  /// A window that holds `framing` and as much of `also` as lies within
  /// one framing span of it, with the problem's level sets.
  init(problem: ProblemSpecification, framing: [[Double]], also: [[Double]]) {
    let core = framing.filter { $0.count == 2 && $0.allSatisfy(\.isFinite) }
    let xs = core.map { $0[0] }
    let ys = core.map { $0[1] }
    let (x0, x1) = (xs.min() ?? -1, xs.max() ?? 1)
    let (y0, y1) = (ys.min() ?? -1, ys.max() ?? 1)
    let span = max(x1 - x0, y1 - y0, 1e-3)
    let inside = also.filter {
      $0.count == 2 && $0.allSatisfy(\.isFinite) && $0[0] >= x0 - span && $0[0] <= x1 + span && $0[1] >= y0 - span
        && $0[1] <= y1 + span
    }
    let allX = xs + inside.map { $0[0] }
    let allY = ys + inside.map { $0[1] }
    x = .spanning(allX.isEmpty ? [-1, 1] : allX, label: "x[0]", padding: 0.12)
    y = .spanning(allY.isEmpty ? [-1, 1] : allY, label: "x[1]", padding: 0.12)
    contours = Self.levelSets(problem, x: x, y: y)
  }

  private static func levelSets(_ problem: ProblemSpecification, x: Figure.Axis, y: Figure.Axis) -> [Figure.ContourLine]
  {
    guard problem.dimension == 2, let objective = try? TestProblems.objective(for: problem) else { return [] }
    let n = gridSize
    let xs = (0..<n).map { x.lower + (x.upper - x.lower) * Double($0) / Double(n - 1) }
    let ys = (0..<n).map { y.lower + (y.upper - y.lower) * Double($0) / Double(n - 1) }
    let values = ys.map { row in xs.map { objective.value(at: [$0, row]) } }
    let levels = ContourTracing.logarithmicLevels(of: values, count: levelCount)
    return ContourTracing.lines(xs: xs, ys: ys, values: values, levels: levels)
  }

  /// `point` as a point of the chart, when it is a finite 2-D point.
  func point(_ point: [Double]) -> Figure.Point? {
    guard point.count == 2, point.allSatisfy(\.isFinite) else { return nil }
    return Figure.Point(point[0], point[1])
  }

  /// A path through `points` (thinned, keeping the step `keeping`).
  func series(_ name: String, role: Figure.Role, _ points: [[Double]], keeping: Int?) -> Figure.Series {
    let indices = ItemFigures.thinned(points.count, keeping: keeping.map { [$0] } ?? [])
    return Figure.Series(
      name: name, role: role,
      points: indices.map { point(points[$0]) ?? Figure.Point(.nan, .nan) }, marksPoints: role == .student)
  }
}
