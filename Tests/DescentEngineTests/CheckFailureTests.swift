import DescentReports
import DescentWire
import Testing

@testable import DescentEngine

/// A run that produced no numbers, and the line a student must read.
struct FailureCase: Sendable, CustomStringConvertible {
  var name: String
  var outcome: RunOutcome
  var expected: String
  var description: String { name }
}

let failureCases: [FailureCase] = [
  FailureCase(name: "timeout", outcome: .timedOut(limit: .seconds(2)), expected: "timed out after 2 s in adam"),
  FailureCase(
    name: "fractional timeout", outcome: .timedOut(limit: .milliseconds(1500)),
    expected: "timed out after 1.5 s in adam"),
  FailureCase(
    name: "CPU limit", outcome: .cpuTimeExceeded(limitSeconds: 10),
    expected: "used more than 10 s of CPU time in adam (the CPU limit: busy threads count together)"),
  FailureCase(name: "memory", outcome: .outOfMemory(limitBytes: 1 << 30), expected: "ran out of memory (limit 1 GiB)"),
  FailureCase(
    name: "crash with message and place",
    outcome: .crashed(
      CrashReport(signal: 4, message: "Fatal error: Index out of range", location: "Optimizers.swift:42")),
    expected: "crashed: Fatal error: Index out of range at Optimizers.swift:42"),
  FailureCase(name: "crash by signal", outcome: .crashed(CrashReport(signal: 11)), expected: "crashed: signal 11"),
  FailureCase(
    name: "exit", outcome: .crashed(CrashReport(exitStatus: 3)), expected: "exited with status 3 before answering"),
  FailureCase(
    name: "output flood", outcome: .outputLimitExceeded(limitBytes: 1 << 20),
    expected: "printed more than 1 MiB in adam and was stopped; remove debugging prints"),
  FailureCase(
    name: "protocol", outcome: .protocolViolation("a reply to request 7"),
    expected:
      "the grader could not read the answer from adam (a reply to request 7); do not write to the grader's channel"),
  FailureCase(
    name: "not run", outcome: .notRun("the program could not start"), expected: "not run: the program could not start"),
  FailureCase(
    name: "not implemented",
    outcome: .replied(.failed(StudentError(kind: .notImplemented, message: "not implemented: Adam.step(_:on:)"))),
    expected: "not implemented: «Adam.step(_:on:)»"),
  FailureCase(
    name: "missing from the catalog",
    outcome: .replied(
      .failed(StudentError(kind: .missingFromCatalog, message: "your catalog has no optimizer 'adam'"))),
    expected: "your submission's catalog has no entry 'adam': «your catalog has no optimizer 'adam'»"),
  FailureCase(
    name: "factory threw",
    outcome: .replied(.failed(StudentError(kind: .thrown, message: "no hyper-parameter 'lr'\n(given: none)"))),
    expected: "adam threw an error: «no hyper-parameter 'lr' (given: none)»"),
]

@Suite("Checks: runs without an answer")
struct CheckFailureTests {
  @Test("become error results a student understands", arguments: failureCases)
  func wording(_ failure: FailureCase) {
    let item = CheckFixtures.item("adam-rosenbrock", CheckFixtures.trajectory(partialCredit: .stepsMatched))
    let result = CheckFixtures.result(item, failure.outcome, output: "debug line")
    #expect(result.outcome == .error, "\(failure.name)")
    #expect(result.score == 0, "\(failure.name)")
    #expect(result.summary == failure.expected, "\(failure.name)")
    #expect(result.hint == "Hint for adam-rosenbrock.")
    #expect(result.output == "debug line")
  }

  @Test("every kind reports the first task that failed, naming its code")
  func everyKind() {
    let value = CheckFixtures.item("value", CheckFixtures.value())
    #expect(CheckFixtures.result(value, .timedOut(limit: .seconds(2))).summary == "timed out after 2 s in himmelblau")
    let gradient = CheckFixtures.item("gradient", CheckFixtures.gradient())
    let records = CheckFixtures.records(for: gradient) { index, _ in
      index == 0
        ? .replied(.evaluations(values: [0, 0], gradients: [[0, 0], [0, 0]], stoppedBy: nil))
        : .crashed(CrashReport(message: "Fatal error: Division by zero", location: "Himmelblau.swift:7"))
    }
    let result = ItemCheck(item: gradient).result(from: records)
    #expect(result.outcome == .error)
    #expect(result.summary == "crashed: Fatal error: Division by zero at Himmelblau.swift:7")
    #expect(result.seconds == 0.5)
    let convergence = CheckFixtures.item("convergence", CheckFixtures.convergence())
    #expect(
      CheckFixtures.result(convergence, .outOfMemory(limitBytes: 512 << 20)).summary
        == "ran out of memory (limit 512 MiB)")
  }

  @Test("a missing record is an error, not a pass")
  func missingRecord() {
    let item = CheckFixtures.item("gradient", CheckFixtures.gradient())
    let records = Array(CheckFixtures.records(for: item) { _, _ in .timedOut(limit: .seconds(1)) }.prefix(1))
    let result = ItemCheck(item: item).result(from: records)
    #expect(result.outcome == .error)
    #expect(result.summary.contains("1 of 2 tasks"))
  }

  @Test("an answer of the wrong kind is an error")
  func wrongKind() {
    let item = CheckFixtures.item("value", CheckFixtures.value())
    let result = CheckFixtures.result(item, replies: [.trajectory(points: [[0, 0]], stoppedBy: nil)])
    #expect(result.outcome == .error)
    #expect(result.summary.hasPrefix("the answer from himmelblau is not a list of evaluations: it was not written by"))
  }
}

@Suite("Checks: counts and shapes before values")
struct CheckShapeTests {
  @Test("a value reply with fewer values than points, and no error, was not the harness's: an error, no credit")
  func shortValues() {
    let item = CheckFixtures.item("value", CheckFixtures.value(partialCredit: .perPoint))
    let result = CheckFixtures.result(item, replies: [.evaluations(values: [26, 0], gradients: nil, stoppedBy: nil)])
    #expect(result.outcome == .error)
    #expect(result.summary.hasPrefix("the answer from himmelblau holds 2 values where Descent's harness sends 3"))
    #expect(result.summary.hasSuffix("your code must not write to the grader's channel"))
    #expect(result.score == 0)
  }

  @Test("a gradient check with a missing gradient or a short one fails")
  func shortGradients() {
    let item = CheckFixtures.item("gradient", CheckFixtures.gradient())
    let plan = GradientProbePlan(points: [[1, 2], [-3, 0.5]], method: .full, step: 1e-5, seed: 0)
    let probeValues = [Double](repeating: 0, count: plan.evaluationPoints.count)
    let missing = CheckFixtures.result(
      item,
      replies: [
        .evaluations(values: [0, 0], gradients: nil, stoppedBy: nil),
        .evaluations(values: probeValues, gradients: nil, stoppedBy: nil),
      ])
    #expect(missing.outcome == .error)
    #expect(
      missing.summary.hasPrefix("the answer from himmelblau holds no gradients where one per point was asked for"))
    let short = CheckFixtures.result(
      item,
      replies: [
        .evaluations(values: [0, 0], gradients: [[1, 2], [3]], stoppedBy: nil),
        .evaluations(values: probeValues, gradients: nil, stoppedBy: nil),
      ])
    #expect(short.outcome == .failed)
    #expect(short.summary == "the gradient at (-3, 0.5) has 1 entries, expected 2")
    let fewProbes = CheckFixtures.result(
      item,
      replies: [
        .evaluations(values: [0, 0], gradients: [[1, 2], [3, 4]], stoppedBy: nil),
        .evaluations(values: Array(probeValues.dropLast()), gradients: nil, stoppedBy: nil),
      ])
    #expect(fewProbes.summary.hasPrefix("the answer from himmelblau holds 7 values where Descent's harness sends 8"))
  }

  @Test("a convergence check rejects too many points and points of the wrong size")
  func convergenceShapes() {
    let item = CheckFixtures.item("convergence", CheckFixtures.convergence(maxSteps: 2))
    let tooMany = CheckFixtures.result(
      item, replies: [.trajectory(points: [[1, 1], [0, 0], [0, 0], [0, 0]], stoppedBy: nil)])
    #expect(tooMany.outcome == .error)
    #expect(tooMany.summary.hasPrefix("the answer from sgd holds 4 points where Descent's harness sends 3"))
    let wrongSize = CheckFixtures.result(
      item, replies: [.trajectory(points: [[1, 1], [0], [0, 0]], stoppedBy: nil)])
    #expect(wrongSize.summary == "the point at step 1 has 1 coordinates, expected 2")
  }
}
