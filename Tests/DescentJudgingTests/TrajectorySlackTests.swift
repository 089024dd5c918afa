import DescentJudging
import Testing

/// The rounding envelope's slack in a trajectory comparison: wider than the
/// tolerance where given, never for a non-finite value, never past it.
@Suite("Trajectory slack")
struct TrajectorySlackTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var got: Double
    var slack: [[Double]]?
    var matches: Bool
    var testDescription: String { name }
  }

  static let reference: [[Double]] = [[1.0], [0.5], [0.25]]

  @Test(
    "step 2 of [1, 0.5, 0.25] compared within the slack",
    arguments: [
      Case(name: "within the tolerance, no slack", got: 0.25 + 1e-8, slack: nil, matches: true),
      Case(name: "past the tolerance, no slack", got: 0.25 + 1e-5, slack: nil, matches: false),
      Case(name: "past the tolerance, within the slack", got: 0.25 + 1e-5, slack: [[0], [0], [2e-5]], matches: true),
      Case(name: "past the slack", got: 0.25 + 3e-5, slack: [[0], [0], [2e-5]], matches: false),
      Case(name: "slack on another step only", got: 0.25 + 1e-5, slack: [[0], [2e-5], [0]], matches: false),
      Case(name: "NaN, whatever the slack", got: .nan, slack: [[0], [0], [.infinity]], matches: false),
      Case(name: "infinity, whatever the slack", got: .infinity, slack: [[0], [0], [.infinity]], matches: false),
      Case(name: "infinity against a finite reference", got: -.infinity, slack: nil, matches: false),
      Case(name: "slack of the wrong shape is ignored", got: 0.25 + 1e-5, slack: [[0], [0], [1, 1]], matches: false),
    ])
  func slack(_ example: Case) {
    let student = [[1.0], [0.5], [example.got]]
    let agreement = TrajectoryAgreement(
      student: student, reference: Self.reference, tolerance: .standard, slack: example.slack)
    #expect(agreement.isFullMatch == example.matches, "\(agreement)")
  }

  @Test("the first loosened step is where the slack first exceeds the tolerance")
  func firstLoosenedStep() {
    let trajectory = FormulationTrajectory(formulation: "sgd", points: Self.reference, slack: [[0], [1e-12], [1e-3]])
    #expect(trajectory.firstLoosenedStep(under: .standard) == 2)
    #expect(
      FormulationTrajectory(formulation: "sgd", points: Self.reference).firstLoosenedStep(under: .standard) == nil)
  }
}
