import DescentCore
import DescentReports
import DescentWire

/// The figures of a trajectory item: where the student's path leaves the
/// reference's (over contour lines in 2-D; otherwise as the distance to
/// the reference and the error per coordinate) and the loss along both.
struct TrajectoryFigures {
  var expectation: TrajectoryExpectation
  var task: TrajectoryTask
  var student: [[Double]]
  var mistake: NamedMistake?

  /// The reference form the student's points followed longest, and how far.
  private var closest: (FormulationTrajectory, TrajectoryAgreement)? {
    expectation.references.map {
      (
        $0,
        TrajectoryAgreement(student: student, reference: $0.points, tolerance: expectation.tolerance, slack: $0.slack)
      )
    }.max { $0.1.matchedSteps < $1.1.matchedSteps }
  }

  /// The mistake's trajectory, when the verdict named one.
  private var mistakePoints: [[Double]]? {
    mistake.flatMap { named in expectation.mistakes.first { $0.mistake.id == named.id }?.points }
  }

  var figures: [Figure] {
    guard let (reference, agreement) = closest else { return [] }
    let divergence = agreement.divergenceStep
    var figures: [Figure] = []
    if task.problem.dimension == 2 {
      figures.append(path(reference: reference.points, divergence: divergence))
    } else {
      figures.append(distance(reference: reference.points, divergence: divergence))
      figures.append(errors(reference: reference, divergence: divergence))
    }
    if let loss = loss(reference: reference.points, divergence: divergence) { figures.append(loss) }
    return figures
  }

  /// The 2-D paths over the problem's level sets.
  private func path(reference: [[Double]], divergence: Int?) -> Figure {
    let chart = PlaneChart(problem: task.problem, framing: reference + (mistakePoints ?? []), also: student)
    // The mistake last, dashed over the student's path: where they coincide, the match shows.
    var series = [
      chart.series("reference (\(expectation.optimizer))", role: .reference, reference, keeping: divergence),
      chart.series("your points", role: .student, student, keeping: divergence),
    ]
    if let mistakePoints, let mistake {
      series.append(chart.series("mistake: \(mistake.title)", role: .mistake, mistakePoints, keeping: divergence))
    }
    var markers: [Figure.Marker] = []
    if let step = divergence, step < student.count, let point = chart.point(student[step]) {
      markers.append(Figure.Marker(point: point, label: "step \(step): diverged"))
    }
    return Figure(
      title: "Path on \(task.problem.name) from the start", x: chart.x, y: chart.y, contours: chart.contours,
      series: series, markers: markers,
      caption: divergence.map { "Your path leaves the reference's at step \($0) (marked)." }
        ?? "Your path follows the reference's at every step.")
  }

  /// ‖x − x_ref‖ per step, the student's and the named mistake's.
  private func distance(reference: [[Double]], divergence: Int?) -> Figure {
    func distances(_ points: [[Double]]) -> [Double] {
      zip(points, reference).map { point, expected -> Double in
        guard let distance = try? point.distance(to: expected) else { return .nan }
        return distance > 0 ? distance : .nan  // identical points have no place on a log scale
      }
    }
    func line(_ name: String, _ role: Figure.Role, _ values: [Double]) -> Figure.Series {
      ItemFigures.stepSeries(name, role: role, values: values, keeping: divergence.map { [$0] } ?? [])
    }
    let student = distances(self.student)
    var series = [line("your points", .student, student)]
    var all = student
    if let mistakePoints, let mistake {
      let mistakeDistances = distances(mistakePoints)
      series.append(line("mistake: \(mistake.title)", .mistake, mistakeDistances))
      all += mistakeDistances
    }
    var markers: [Figure.Marker] = []
    if let step = divergence, step < student.count, student[step].isFinite {
      markers.append(Figure.Marker(point: Figure.Point(Double(step), student[step]), label: "step \(step)"))
    }
    return Figure(
      title: "Distance to the reference per step",
      x: Figure.Axis(label: "step", lower: 0, upper: Double(max(1, expectation.steps))),
      y: .spanning(all, label: "‖x − x_ref‖", isLogarithmic: true), series: series, markers: markers,
      caption: "Steps where your point equals the reference's exactly are not drawn (logarithmic scale).")
  }

  /// Each coordinate's error per step, as a multiple of what the tolerance allows there.
  private func errors(reference: FormulationTrajectory, divergence: Int?) -> Figure {
    let steps = min(student.count, reference.points.count)
    let indices = ItemFigures.thinned(steps, keeping: divergence.map { [$0] } ?? [])
    let dimension = min(reference.points.first?.count ?? 0, 6)
    var series: [Figure.Series] = [
      Figure.Series(
        name: "tolerance", role: .threshold,
        points: [Figure.Point(0, 1), Figure.Point(Double(max(1, expectation.steps)), 1)])
    ]
    for coordinate in 0..<dimension {
      let points = indices.map { step -> Figure.Point in
        let expected = reference.points[step][coordinate]
        let got = student[step].count > coordinate ? student[step][coordinate] : .nan
        var allowed = expectation.tolerance.absolute + expectation.tolerance.relative * abs(expected)
        if let slack = reference.slack, step < slack.count, coordinate < slack[step].count {
          allowed = max(allowed, slack[step][coordinate])
        }
        let ratio = abs(got - expected) / max(allowed, .leastNormalMagnitude)
        return Figure.Point(Double(step), ratio.isNaN ? .infinity : max(ratio, 1e-12))
      }
      series.append(Figure.Series(name: "x[\(coordinate)]", role: .other, points: points))
    }
    let values: [Double] = series.dropFirst().flatMap { $0.points.compactMap { $0?.y } } + [1]
    var markers: [Figure.Marker] = []
    if let step = divergence {
      markers.append(Figure.Marker(point: Figure.Point(Double(step), 1), label: "step \(step)"))
    }
    return Figure(
      title: "Error per coordinate and step, relative to the tolerance",
      x: Figure.Axis(label: "step", lower: 0, upper: Double(max(1, expectation.steps))),
      y: .spanning(values, label: "|x − x_ref| / allowed", isLogarithmic: true), series: series, markers: markers,
      caption: "Above 1, a coordinate is off by more than the item allows; the first such step is marked.")
  }

  /// f along the reference's path, the student's and the mistake's.
  private func loss(reference: [[Double]], divergence: Int?) -> Figure? {
    guard let referenceLoss = ItemFigures.losses(reference, problem: task.problem),
      let studentLoss = ItemFigures.losses(student, problem: task.problem)
    else { return nil }
    let mistakeLoss = mistakePoints.flatMap { ItemFigures.losses($0, problem: task.problem) }
    let all = referenceLoss + studentLoss + (mistakeLoss ?? [])
    let logarithmic = Figure.Axis.prefersLogarithmic(all)
    func line(_ name: String, _ role: Figure.Role, _ values: [Double]) -> Figure.Series {
      ItemFigures.stepSeries(name, role: role, values: values, keeping: divergence.map { [$0] } ?? [])
    }
    var series = [line("reference", .reference, referenceLoss), line("your points", .student, studentLoss)]
    if let mistakeLoss, let mistake { series.append(line("mistake: \(mistake.title)", .mistake, mistakeLoss)) }
    var markers: [Figure.Marker] = []
    if let step = divergence, step < studentLoss.count, studentLoss[step].isFinite {
      markers.append(Figure.Marker(point: Figure.Point(Double(step), studentLoss[step]), label: "step \(step)"))
    }
    return Figure(
      title: "Loss f(x) per step",
      x: Figure.Axis(label: "step", lower: 0, upper: Double(max(1, expectation.steps))),
      y: .spanning(all, label: "f(x)", isLogarithmic: logarithmic), series: series, markers: markers)
  }
}
