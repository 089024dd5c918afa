import DescentCore
import DescentEngine
import DescentTestSupport
import DescentWire
import Foundation
import Testing

@Suite("Contained executor")
struct ContainedExecutorTests {
  @Test func trajectoryMatchesTheSameArithmeticExactly() async throws {
    let (executor, program) = try await RunnerFixtures.compiled()
    let records = await executor.run(
      [RunnerFixtures.trajectory(1, lr: 0.001, start: [-1.2, 1.0], steps: 200)], in: program)
    #expect(records.count == 1)
    guard case .replied(.trajectory(let points, let stoppedBy)) = records.first?.outcome else {
      Issue.record("no trajectory: \(String(describing: records.first?.outcome))")
      return
    }
    #expect(stoppedBy == nil)
    #expect(points.count == 201)
    let objective = try TestProblems.objective(for: ProblemSpecification(name: "rosenbrock", dimension: 2))
    var x = [-1.2, 1.0]
    var expected = [x]
    for _ in 0..<200 {
      let gradient = objective.gradient(at: x)
      for index in x.indices { x[index] -= 0.001 * gradient[index] }
      expected.append(x)
    }
    #expect(points.map { $0.map(\.bitPattern) } == expected.map { $0.map(\.bitPattern) })
  }

  @Test func specialFloatsArriveBitForBit() async throws {
    let (executor, program) = try await RunnerFixtures.compiled()
    let records = await executor.run(
      [RunnerFixtures.evaluation(1, "special", [[5e-324]], gradient: true)], in: program)
    guard case .replied(.evaluations(let values, let gradients, nil)) = records.first?.outcome else {
      Issue.record("no evaluation: \(String(describing: records.first?.outcome))")
      return
    }
    let expected: [Double] = [
      .nan, -.nan, Double(bitPattern: 0x7ff4_0000_0000_0001), .infinity, -.infinity, -0.0, .leastNonzeroMagnitude,
      Double.leastNormalMagnitude.nextDown, .greatestFiniteMagnitude, 0.1, 5e-324,
    ]
    #expect(values.map(\.bitPattern) == [(-0.0).bitPattern])
    #expect(gradients?.first?.map(\.bitPattern) == expected.map(\.bitPattern))
  }

  @Test func aCrashCostsOnlyItsRequest() async throws {
    let (executor, program) = try await RunnerFixtures.compiled()
    let records = await executor.run(
      [
        RunnerFixtures.evaluation(1, "sum", [[1, 2]]), RunnerFixtures.evaluation(2, "crash", [[3]]),
        RunnerFixtures.evaluation(3, "sum", [[3, 4]]), RunnerFixtures.evaluation(4, "sum", [[5, 6]]),
      ], in: program)
    #expect(records.map(\.request.id) == [1, 2, 3, 4])
    #expect(records[0].outcome.values == [3])
    #expect(records[2].outcome.values == [7])
    #expect(records[3].outcome.values == [11])
    guard case .crashed(let crash) = records[1].outcome else {
      Issue.record("request 2 did not crash: \(records[1].outcome)")
      return
    }
    #expect(
      crash.message?.contains("Index out of range") == true, "\(crash) stderr: \(records[1].output.standardError)")
  }

  @Test func anEndlessLoopTimesOutAndTheNextRequestRuns() async throws {
    let (executor, program) = try await RunnerFixtures.compiled()
    let records = await executor.run(
      [
        RunnerFixtures.evaluation(1, "loop", [[0]], limit: .milliseconds(500)),
        RunnerFixtures.evaluation(2, "sum", [[1]]),
      ],
      in: program)
    #expect(records.first?.outcome == .timedOut(limit: .milliseconds(500)))
    #expect(records.last?.outcome.values == [1])
    // The wall-clock limit stopped it, not the CPU limit (10 s): a hang guard, as the runner measured it.
    let duration = try #require(records.first?.duration)
    #expect(duration < .seconds(5), "the endless loop ran \(duration)")
  }

  @Test("the CPU limit counts one process's requests together, so the runner starts afresh before it is reached")
  func manyBusyRequestsStayUnderTheCPULimit() async throws {
    let (_, program) = try await RunnerFixtures.compiled()
    // 2 s of CPU for a process; six requests of 0.6 s of busy work each, 1.5 s allowed apiece: 3.6 s in all.
    let executor = try RunnerFixtures.executor(limits: ResourceLimits(cpuSeconds: 2))
    let requests = (1...6).map { RunnerFixtures.evaluation($0, "spin", [[0.6]], limit: .milliseconds(1_500)) }
    let records = await executor.run(requests, in: program)
    #expect(records.map(\.outcome.values) == Array(repeating: [0.6], count: 6), "\(records.map(\.outcome))")
  }

  @Test(
    "each visibility class runs in student processes of its own: hidden inputs never reach a process a student hears from"
  )
  func visibilityClassesRunApart() async throws {
    let (executor, program) = try await RunnerFixtures.compiled()
    let records = await executor.run(
      [
        RunnerFixtures.evaluation(1, "process", [[0]]), RunnerFixtures.evaluation(2, "process", [[0]]),
        RunnerFixtures.evaluation(3, "process", [[0]], visibility: .afterDueDate),
        RunnerFixtures.evaluation(4, "process", [[0]], visibility: .hidden),
        RunnerFixtures.evaluation(5, "process", [[0]], visibility: .hidden),
      ],
      in: program)
    let tokens = records.map { $0.outcome.values?.first ?? -1 }
    #expect(tokens.allSatisfy { $0 > 0 }, "\(records.map(\.outcome))")
    #expect(tokens[0] == tokens[1] && tokens[3] == tokens[4], "one process per class: \(tokens)")
    #expect(Set([tokens[0], tokens[2], tokens[3]]).count == 3, "a process of its own for each class: \(tokens)")
  }

  @Test func aHugeAllocationIsOutOfMemory() async throws {
    let (executor, program) = try await RunnerFixtures.compiled()
    let records = await executor.run([RunnerFixtures.evaluation(1, "allocate", [[1]])], in: program)
    #expect(
      records.first?.outcome == .outOfMemory(limitBytes: ResourceLimits.default.memoryBytes),
      "\(String(describing: records.first)))")
  }

  @Test func tenMegabytesOfOutputAreTruncatedNotFatal() async throws {
    let (executor, program) = try await RunnerFixtures.compiled()
    let records = await executor.run([RunnerFixtures.evaluation(1, "flood", [[2]])], in: program)
    #expect(records.first?.outcome.values == [2])
    #expect(records.first?.output.wasTruncated == true)
    #expect((records.first?.output.standardOutput.utf8.count ?? 0) < ResourceLimits.default.outputBytes + 200)
  }

  @Test func aFakeReplyOnStandardOutputChangesNothing() async throws {
    let (executor, program) = try await RunnerFixtures.compiled()
    let records = await executor.run(
      [RunnerFixtures.evaluation(1, "fake", [[7]]), RunnerFixtures.evaluation(2, "talk", [[8]])], in: program)
    #expect(records.map(\.outcome.values) == [[7], [8]])
    #expect(records.first?.output.standardOutput.contains("\"id\": 1") == true)
    #expect(records.last?.output.standardOutput == "hello from value\n")
  }

  @Test("a second reply to a request, arriving during the next one, is the first request's violation")
  func aLateReplyIsBlamedOnItsOwnRequest() async throws {
    let (executor, program) = try await RunnerFixtures.compiled()
    let records = await executor.run(
      [RunnerFixtures.evaluation(1, "sum", [[1, 2]]), RunnerFixtures.evaluation(2, "late", [[5, 1]])], in: program)
    guard case .protocolViolation(let violation) = records.first?.outcome else {
      Issue.record("request 1: \(String(describing: records.first?.outcome))")
      return
    }
    #expect(violation.contains("a second reply to request 1 arrived after its answer, while request 2 ran"))
    #expect(records.last?.outcome.values == [5])
  }

  @Test("a reply longer than its request can produce is refused at its header; the next request runs")
  func anOversizedReplyIsRefused() async throws {
    let (executor, program) = try await RunnerFixtures.compiled()
    let records = await executor.run(
      [RunnerFixtures.evaluation(1, "oversized", [[3]]), RunnerFixtures.evaluation(2, "sum", [[4]])], in: program)
    guard case .protocolViolation(let violation) = records.first?.outcome else {
      Issue.record("request 1: \(String(describing: records.first?.outcome))")
      return
    }
    #expect(violation.contains("a reply of 64 MiB where the answer to this request takes at most 1.1 MiB"))
    #expect(records.last?.outcome.values == [4])
  }

  @Test func noProcessIsLeftBehind() async throws {
    let (executor, program) = try await RunnerFixtures.compiled()
    _ = await executor.run(
      [
        RunnerFixtures.evaluation(1, "loop", [[0]], limit: .milliseconds(200)),
        RunnerFixtures.evaluation(2, "sum", [[1]]),
      ],
      in: program)
    let leftovers = ProcessTable.survivors(matching: [program.executable.path])
    #expect(leftovers.isEmpty, "still running: \(leftovers)")
  }

  @Test func theSummarySaysWhatIsInForce() async throws {
    let executor = try RunnerFixtures.executor(sandbox: .disabled)
    #expect(executor.isolationSummary.hasPrefix("resource limits and process separation only"))
    #expect(executor.isolationSummary.contains("1 GiB, 10 s CPU"))
  }

  @Test func withoutTheSandboxRequestsStillRun() async throws {
    let (_, program) = try await RunnerFixtures.compiled()
    let executor = try RunnerFixtures.executor(sandbox: .disabled)
    let records = await executor.run([RunnerFixtures.evaluation(1, "sum", [[1, 2, 3]])], in: program)
    #expect(records.first?.outcome.values == [6])
  }
}
