import DescentJudging
import DescentContract
import DescentReports
import DescentSelfCheck
import Foundation
import Testing

@Suite("Self-check runner")
struct SelfCheckRunnerTests {
  static let allItems = [
    SelfCheckFixtures.trajectoryItem(), SelfCheckFixtures.valueItem(), SelfCheckFixtures.gradientItem(),
    SelfCheckFixtures.convergenceItem(),
  ]

  func report(_ catalog: @escaping @Sendable () -> SubmissionCatalog, items: [SelfCheckItem] = allItems)
    -> GradeReport
  {
    let runner = SelfCheckRunner(
      manifest: SelfCheckFixtures.manifest(items: items), executor: InProcessItemExecutor(catalog: catalog))
    return runner.run()
  }

  @Test("a correct catalog passes every visible item and counts the withheld ones without scoring them")
  func correctPasses() {
    let report = report(SelfCheckFixtures.catalog())
    #expect(report.scope == .visibleOnly)
    #expect(report.gradedItems.map(\.outcome) == [.passed, .passed, .passed, .passed], "\(report.items)")
    #expect(report.score == 15)
    #expect(report.gradedMaxScore == 15)
    #expect(report.skippedItems.count == 2)
    #expect(report.skippedItems.allSatisfy { $0.score == 0 && !$0.id.contains("sgd") })
    #expect(
      report.skippedItemsNote
        == "Not counted here: 1 hidden item (10 points) and 1 after-due-date item (5 points), graded after submission.")
  }

  @Test("a stub is an error naming what is not implemented, and the other items still run")
  func stubIsError() {
    let report = report(SelfCheckFixtures.catalog(sgd: { _ in FixtureStub() }))
    let sgd = report.items[0]
    #expect(sgd.outcome == .error)
    #expect(sgd.summary.contains("not implemented"), "\(sgd.summary)")
    #expect(report.items[1].outcome == .passed)
    #expect(report.items[2].outcome == .passed)
  }

  @Test("a wrong trajectory names the first divergence, earns steps-matched credit and names the classic mistake")
  func divergenceAndMistake() {
    let report = report(
      SelfCheckFixtures.catalog(sgd: { h in FixtureGradientDescent(learningRate: try h.number("lr"), sign: -1) }))
    let sgd = report.items[0]
    #expect(sgd.outcome == .failed)
    #expect(sgd.summary == "diverged at step 1 of 5")
    #expect(sgd.details.first?.hasPrefix("diverged at step 1: x[0] expected 0.8") == true, "\(sgd.details)")
    #expect(sgd.mistake == SelfCheckFixtures.signMistake)
    #expect(sgd.score == 0)
  }

  @Test("a trajectory right for 3 of 5 steps earns 3/5 of the points with steps_matched, none without")
  func partialCredit() {
    let wrongFromFour = SelfCheckFixtures.catalog(sgd: { h in
      FixtureGradientDescent(learningRate: try h.number("lr"), wrongFrom: 4)
    })
    let credited = report(wrongFromFour, items: [SelfCheckFixtures.trajectoryItem()]).items[0]
    #expect(credited.outcome == .failed)
    #expect(credited.summary == "diverged at step 4 of 5")
    #expect(credited.details.contains("steps 1–3 match the reference"), "\(credited.details)")
    #expect(abs(credited.score - 4 * 3 / 5) < 1e-12)
    #expect(credited.mistake == nil)
    let allOrNothing = report(wrongFromFour, items: [SelfCheckFixtures.trajectoryItem(creditsStepsMatched: false)])
    #expect(allOrNothing.items[0].score == 0)
  }

  @Test("a wrong gradient fails the gradient item with both relative errors, and per-point credit")
  func wrongGradient() {
    let report = report(
      SelfCheckFixtures.catalog(gradient: { point in point[0] > 0 ? [2 * point[0], 3] : [point[0], 3] }))
    let gradient = report.items[2]
    #expect(gradient.outcome == .failed)
    #expect(gradient.summary == "the gradient is wrong at 1 of 2 points")
    #expect(gradient.score == 3)
    #expect(gradient.details.contains { $0.contains("agrees with neither") }, "\(gradient.details)")
  }

  @Test("a gradient of the wrong length fails on the shape before any value")
  func gradientShape() {
    let report = report(SelfCheckFixtures.catalog(gradient: { [2 * $0[0]] }))
    #expect(report.items[2].outcome == .failed)
    #expect(report.items[2].summary.contains("has 1 entries, expected 2"), "\(report.items[2].summary)")
  }

  @Test("an optimizer that does not converge fails with the best loss it reached")
  func noConvergence() {
    let report = report(SelfCheckFixtures.catalog(), items: [SelfCheckFixtures.convergenceItem(bound: -1)])
    #expect(report.items[0].outcome == .failed)
    #expect(
      report.items[0].summary.hasPrefix("loss did not fall below -1.0e0 within 30 steps"), "\(report.items[0].summary)")
  }

  @Test("a missing catalog entry is an error naming it")
  func missingEntry() {
    let report = report({ SubmissionCatalog() }, items: [SelfCheckFixtures.valueItem()])
    #expect(report.items[0].outcome == .error)
    #expect(report.items[0].summary.contains("no function 'bowl'"), "\(report.items[0].summary)")
  }

  @Test("crashes and timeouts from a child process become errors with their message")
  func crashAndTimeout() {
    let runner = SelfCheckRunner(
      manifest: SelfCheckFixtures.manifest(items: []), executor: InProcessItemExecutor(catalog: { SubmissionCatalog() })
    )
    let item = SelfCheckFixtures.trajectoryItem()
    let crashed = runner.result(
      item, run: ItemRun(outcome: .crashed("crashed: Fatal error: Index out of range"), output: "boom"))
    #expect(crashed.outcome == .error)
    #expect(crashed.summary == "crashed: Fatal error: Index out of range")
    #expect(crashed.output == "boom")
    let timedOut = runner.result(item, run: ItemRun(outcome: .timedOut(10)))
    #expect(timedOut.summary == "timed out after 10 s in sgd")
  }

  @Test("choosing items with --item leaves the others out of the report")
  func onlySelected() {
    let runner = SelfCheckRunner(
      manifest: SelfCheckFixtures.manifest(items: Self.allItems),
      executor: InProcessItemExecutor(catalog: SelfCheckFixtures.catalog()))
    let report = runner.run(only: ["bowl-value"])
    #expect(report.gradedItems.map(\.id) == ["bowl-value"])
  }

  @Test("the manifest survives a JSON round trip unchanged")
  func manifestRoundTrip() throws {
    let manifest = SelfCheckFixtures.manifest(items: Self.allItems)
    let decoded = try JSONDecoder().decode(SelfCheckManifest.self, from: JSONEncoder().encode(manifest))
    #expect(decoded == manifest)
  }
}
