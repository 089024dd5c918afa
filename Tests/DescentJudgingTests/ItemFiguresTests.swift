import DescentCore
@testable import DescentJudging
import DescentReports
import DescentWire
import Testing

/// The figures built from what a judge compared: the right charts for each
/// kind of item, the divergence marked, the named mistake drawn, long paths
/// thinned without losing the divergence.
@Suite("Item figures")
struct ItemFiguresTests {
  static let mistake = NamedMistake(id: "adam-no-bias-correction", title: "Adam without bias correction", fix: "…")

  /// A path of `steps` steps from (−1.2, 1) towards (1, 1).
  static func path(_ steps: Int, bend: Double = 0, from step: Int = .max) -> [[Double]] {
    (0...steps).map { k in
      let t = Double(k) / Double(steps)
      return [-1.2 + 2.2 * t + (k >= step ? bend * Double(k - step + 1) : 0), 1]
    }
  }

  static func trajectoryItem(dimension: Int, steps: Int, divergingAt step: Int) -> (
    ItemExpectation, [HarnessTask], [HarnessResult], Verdict
  ) {
    let lift = { (points: [[Double]]) in points.map { $0 + Array(repeating: 0.5, count: dimension - 2) } }
    let reference = lift(path(steps))
    let student = lift(path(steps, bend: 0.01, from: step))
    let expectation = TrajectoryExpectation(
      optimizer: "adam", steps: steps, tolerance: ComparisonTolerance(relative: 1e-6, absolute: 1e-9),
      creditsStepsMatched: false, references: [FormulationTrajectory(formulation: "adam", points: reference)],
      mistakes: [MistakeTrajectory(mistake: mistake, points: student)])
    let task = TrajectoryTask(
      optimizer: "adam", hyperparameters: Hyperparameters(),
      problem: ProblemSpecification(name: "rosenbrock", dimension: dimension),
      start: reference[0], steps: steps, seed: 0)
    let verdict = ItemJudge.verdict(
      for: .trajectory(expectation), tasks: [.trajectory(task)], results: [.trajectory(points: student, stoppedBy: nil)]
    )
    return (.trajectory(expectation), [.trajectory(task)], [.trajectory(points: student, stoppedBy: nil)], verdict)
  }

  @Test("a 2-D trajectory: the paths over contour lines with the divergence marked, and the loss per step")
  func planePath() throws {
    let (expectation, tasks, results, verdict) = Self.trajectoryItem(dimension: 2, steps: 20, divergingAt: 7)
    #expect(verdict.mistake?.id == Self.mistake.id)
    let figures = ItemFigures.figures(for: expectation, tasks: tasks, results: results, verdict: verdict)
    #expect(figures.count == 2)
    let path = try #require(figures.first)
    #expect(!path.contours.isEmpty && path.contours.allSatisfy { !$0.pieces.isEmpty })
    #expect(path.series.map(\.role) == [.reference, .student, .mistake])
    #expect(path.series[1].points.count == 21)
    #expect(path.markers.map(\.label) == ["step 7: diverged"])
    let loss = figures[1]
    #expect(loss.y.isLogarithmic, "Rosenbrock's loss is positive")
    #expect(loss.markers.first?.point.x == 7)
  }

  @Test("an n-D trajectory: each coordinate's error against the tolerance line")
  func coordinateErrors() throws {
    let (expectation, tasks, results, verdict) = Self.trajectoryItem(dimension: 5, steps: 1_000, divergingAt: 400)
    let figures = ItemFigures.figures(for: expectation, tasks: tasks, results: results, verdict: verdict)
    #expect(figures.map(\.title).first == "Distance to the reference per step")
    #expect(figures.first?.series.map(\.role) == [.student, .mistake])
    let errors = try #require(figures.dropFirst().first)
    #expect(errors.series.first?.role == .threshold)
    #expect(errors.series.count == 1 + 5)
    for series in errors.series.dropFirst() {
      #expect(series.points.count <= ItemFigures.pointLimit + 5, "long lines are thinned")
      #expect(series.points.contains { $0?.x == 400 }, "the divergence is kept")
    }
    #expect(errors.markers.first?.label == "step 400")
  }

  @Test("a gradient item: one relative error per checked point, against the threshold")
  func gradientErrors() throws {
    let expectation = GradientExpectation(
      function: "himmelblau", points: [[0, 0], [1, 1]], gradients: [[1, 0], [0, 1]], probes: [], step: 1e-5,
      threshold: 1e-6, creditsPerPoint: false)
    let figure = expectation.errorFigure(gradients: [[1, 0], [0, 2]])
    #expect(figure.series.map(\.role) == [.threshold, .student])
    let errors = figure.series[1].points.map { $0?.y ?? .nan }
    #expect(errors[0] == 1e-17, "an exact gradient sits on the floor")
    #expect(abs(errors[1] - 0.5) < 1e-12)
  }

  @Test("an answer that could not be judged gets no figure")
  func noFigureForErrors() {
    let (expectation, tasks, _, _) = Self.trajectoryItem(dimension: 2, steps: 5, divergingAt: 2)
    let forged: [HarnessResult] = [.trajectory(points: [], stoppedBy: nil)]
    let verdict = ItemJudge.verdict(for: expectation, tasks: tasks, results: forged)
    #expect(ItemFigures.figures(for: expectation, tasks: tasks, results: forged, verdict: verdict).isEmpty)
  }
}
