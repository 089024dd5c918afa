import DescentCore
import DescentReports

/// The figures of a convergence item: the student's path (2-D problems,
/// the known minimizers marked) and the measured quantity per step against
/// the target.
struct ConvergenceFigures {
  var expectation: ConvergenceExpectation
  var student: [[Double]]

  var figures: [Figure] {
    var figures: [Figure] = []
    if expectation.problem.dimension == 2 {
      let chart = PlaneChart(
        problem: expectation.problem, framing: student.prefix(1) + expectation.minimizers, also: student)
      figures.append(
        Figure(
          title: "Path on \(expectation.problem.name)", x: chart.x, y: chart.y, contours: chart.contours,
          series: [chart.series("your points", role: .student, student, keeping: nil)],
          markers: expectation.minimizers.compactMap { chart.point($0) }.map {
            Figure.Marker(point: $0, label: "minimizer")
          }))
    }
    if let measure = measured() { figures.append(measure) }
    return figures
  }

  private func measured() -> Figure? {
    let values: [Double]
    let label: String
    switch expectation.measure {
    case .loss, .divergence, .oscillation:
      guard let losses = ItemFigures.losses(student, problem: expectation.problem) else { return nil }
      values = losses
      label = "f(x)"
    case .distance:
      values = student.map { point in
        expectation.minimizers.compactMap { try? point.distance(to: $0) }.min() ?? .nan
      }
      label = "distance to the nearest minimizer"
    }
    let logarithmic = Figure.Axis.prefersLogarithmic(values + [expectation.bound])
    let steps = Double(max(1, expectation.maxSteps))
    let target = expectation.measure == .divergence ? "divergence threshold" : "target"
    return Figure(
      title: "\(label) per step", x: Figure.Axis(label: "step", lower: 0, upper: steps),
      y: .spanning(values + [expectation.bound], label: label, isLogarithmic: logarithmic),
      series: [
        Figure.Series(
          name: target, role: .threshold,
          points: [Figure.Point(0, expectation.bound), Figure.Point(steps, expectation.bound)]),
        ItemFigures.stepSeries("your points", role: .student, values: values),
      ])
  }
}
