import DescentCore
@testable import DescentEngine
import DescentReports
import DescentWire
import Foundation

/// A tiny submission written by the tests, compiled once and shared, with
/// functions that misbehave on purpose.
enum RunnerFixtures {
  static let submissionSource = #"""
    import DescentContract
    import DescentWire
    #if canImport(Glibc)
    import Glibc
    #endif

    /// A number drawn once per process (in a PID namespace every process is pid 2).
    let processToken = Double(UInt32.random(in: 1...UInt32.max))

    struct GradientDescent: Optimizer {
      var learningRate: Double
      mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
        let gradient = objective.gradient(at: parameters)
        for index in parameters.indices { parameters[index] -= learningRate * gradient[index] }
      }
    }

    func special(_ x: [Double]) -> [Double] {
      [Double.nan, -Double.nan, Double(bitPattern: 0x7ff4_0000_0000_0001), .infinity, -.infinity, -0.0,
       .leastNonzeroMagnitude, .leastNormalMagnitude.nextDown, .greatestFiniteMagnitude, 0.1, x[0]]
    }

    /// Writes `bytes` on the reply channel (descriptor 201, where the harness keeps it).
    func writeOnReplyChannel(_ bytes: [UInt8]) {
      _ = bytes.withUnsafeBytes { write(201, $0.baseAddress, $0.count) }
    }

    public func descentSubmission() -> SubmissionCatalog {
      SubmissionCatalog(
        optimizers: ["gd": { h in GradientDescent(learningRate: try h.number("lr")) }],
        functions: [
          "sum": DifferentiableFunction(value: { $0.reduce(0, +) }, gradient: { $0.map { _ in 1 } }),
          "process": DifferentiableFunction(value: { _ in processToken }, gradient: { $0 }),
          "special": DifferentiableFunction(value: { _ in -0.0 }, gradient: special),
          "crash": DifferentiableFunction(value: { x in let empty: [Double] = []; return empty[Int(x[0])] }, gradient: { $0 }),
          "loop": DifferentiableFunction(value: { x in var y = x[0]; while y == y { y += 1 }; return y }, gradient: { $0 }),
          "allocate": DifferentiableFunction(
            value: { x in let big = [Double](repeating: x[0], count: 400_000_000); return big[big.count / 2] }, gradient: { $0 }),
          "flood": DifferentiableFunction(
            value: { x in
              let line = String(repeating: "x", count: 99)
              for _ in 0..<100_000 { print(line) }
              return x[0]
            }, gradient: { $0 }),
          "fake": DifferentiableFunction(
            value: { x in
              print("{\"id\": 1, \"result\": {\"evaluations\": {\"values\": [42]}}}")
              print("\u{0}\u{0}\u{0}\u{10}fake reply bytes")
              return x[0]
            }, gradient: { $0 }),
          "spin": DifferentiableFunction(
            value: { x in
              let clock = ContinuousClock()
              let end = clock.now + .milliseconds(Int(x[0] * 1000))
              var count = 0.0
              while clock.now < end { count += 1 }
              return count > 0 ? x[0] : 0
            }, gradient: { $0 }),
          // A second reply to request x[1], written while another request runs.
          "late": DifferentiableFunction(
            value: { x in
              let late = HarnessReply(id: Int(x[1]), result: .evaluations(values: [x[0]], gradients: nil, stoppedBy: nil))
              writeOnReplyChannel((try? WireFrame.frame(late)) ?? [])
              return x[0]
            }, gradient: { $0 }),
          // A frame header announcing 64 MiB, and 1 MiB of it.
          "oversized": DifferentiableFunction(
            value: { x in
              writeOnReplyChannel([4, 0, 0, 0] + [UInt8](repeating: 0, count: 1 << 20))
              return x[0]
            }, gradient: { $0 }),
          "talk": DifferentiableFunction(
            value: { x in print("hello from value"); return x[0] }, gradient: { $0 }),
        ])
    }
    """#

  /// The compiled fixture and the executor that compiled it.
  static func compiled() async throws -> (ContainedExecutor, CompiledSubmission) {
    try await cache.program()
  }

  private static let cache = CompiledFixtureCache()

  /// A folder holding `files` (name → source), for one test.
  static func submissionFolder(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "descent-runner-test-\(UUID().uuidString)")
    for (name, source) in files {
      let url = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(source.utf8).write(to: url)
    }
    return folder
  }

  static func executor(limits: ResourceLimits = .default, sandbox: SandboxPolicy = .automatic) throws
    -> ContainedExecutor
  {
    ContainedExecutor(runtime: try StudentRuntime.locate(), limits: limits, sandbox: sandbox)
  }

  static func evaluation(
    _ id: Int, _ function: String, _ points: [[Double]], gradient: Bool = false,
    limit: Duration = .seconds(5), visibility: Visibility = .visible
  ) -> GradingPlan.PlannedRequest {
    GradingPlan.PlannedRequest(
      request: HarnessRequest(
        id: id, task: .evaluation(EvaluationTask(function: function, points: points, includesGradient: gradient))),
      itemIndex: 0, timeLimit: limit, visibility: visibility)
  }

  static func trajectory(_ id: Int, lr: Double, start: [Double], steps: Int) -> GradingPlan.PlannedRequest {
    GradingPlan.PlannedRequest(
      request: HarnessRequest(
        id: id,
        task: .trajectory(
          TrajectoryTask(
            optimizer: "gd", hyperparameters: Hyperparameters(numbers: ["lr": lr]),
            problem: ProblemSpecification(name: "rosenbrock", dimension: start.count), start: start, steps: steps,
            seed: 0))),
      itemIndex: 0, timeLimit: .seconds(5))
  }
}

/// Compiles the fixture once for all tests.
actor CompiledFixtureCache {
  private var compiled: (ContainedExecutor, CompiledSubmission)?

  func program() async throws -> (ContainedExecutor, CompiledSubmission) {
    if let compiled { return compiled }
    let executor = try RunnerFixtures.executor()
    let folder = try RunnerFixtures.submissionFolder(["Submission.swift": RunnerFixtures.submissionSource])
    defer { try? FileManager.default.removeItem(at: folder) }
    switch try await executor.compile(submissionAt: folder) {
    case .compiled(let program, _, _):
      compiled = (executor, program)
      return (executor, program)
    case .failed(let diagnostics, _):
      throw FixtureCompileFailure(diagnostics: diagnostics)
    }
  }
}

struct FixtureCompileFailure: Error, CustomStringConvertible {
  var diagnostics: String
  var description: String { "the runner fixture did not compile:\n\(diagnostics)" }
}

extension RunOutcome {
  /// The evaluations' values, when the request was answered with some.
  var values: [Double]? {
    guard case .replied(.evaluations(let values, _, _)) = self else { return nil }
    return values
  }
}
