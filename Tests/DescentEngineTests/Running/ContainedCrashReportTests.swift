import DescentCore
@testable import DescentEngine
import DescentWire
import Foundation
import Testing

/// Crashes of a real compiled submission, in the sandbox and without it: the
/// report names the runtime's message and the first frame in the student's
/// own files, relative to the submission folder, and words a kill or exit
/// the grader did not cause for what it is.
@Suite("Contained crash reports")
struct ContainedCrashReportTests {
  /// A crash `function` must produce, worded with all of `words`.
  struct Case: Sendable, CustomStringConvertible {
    var function: String
    var words: [String]
    /// A marker on the line the report must name, in Optimizers/Traps.swift.
    var line: String?
    var description: String { function }
  }

  static let cases: [Case] = [
    Case(function: "index", words: ["crashed: Fatal error: Index out of range", "in Traps.index"], line: "trap-index"),
    Case(
      function: "overflow", words: ["crashed: Swift runtime failure: arithmetic overflow", "in Traps.overflow"],
      line: "trap-overflow"),
    Case(
      function: "unwrap", words: ["crashed: Fatal error: Unexpectedly found nil", "in Traps.unwrap"],
      line: "trap-unwrap"),
    Case(
      function: "divide", words: ["crashed: Fatal error: Division by zero", "in Traps.divide"], line: "trap-divide"),
    Case(function: "give-up", words: ["crashed: Fatal error: gave up", "in Traps.giveUp"], line: "trap-give-up"),
    Case(
      function: "recurse", words: ["crashed: SIGSEGV (stack overflow from unbounded recursion)", "in Traps.dive"],
      line: "trap-dive"),
    Case(
      function: "noisy-index", words: ["crashed: Fatal error: Index out of range", "in Traps.noisyIndex"],
      line: "trap-noisy-index"),
    Case(function: "segfault", words: ["crashed: SIGSEGV"]),
    Case(function: "sigkill", words: ["signal 9 (SIGKILL), which the grader did not send"]),
    Case(function: "exit137", words: ["status 137"]),
  ]

  @Test("Each crash names what happened and where", arguments: [SandboxPolicy.automatic, .disabled])
  func crashesAreWorded(_ sandbox: SandboxPolicy) async throws {
    let (executor, program) = try await Self.cache.program(sandbox: sandbox)
    let requests = Self.cases.enumerated().map { index, trap in
      RunnerFixtures.evaluation(index + 1, trap.function, [[1]])
    }
    let records = await executor.run(requests, in: program)
    #expect(records.count == Self.cases.count)
    for (trap, record) in zip(Self.cases, records) {
      guard case .crashed(let crash) = record.outcome else {
        Issue.record("\(trap): \(record.outcome)\n\(record.output.standardError)")
        continue
      }
      let text = crash.description
      for word in trap.words {
        #expect(text.contains(word), "\(sandbox) \(trap): \(text)\n\(record.output.standardError)")
      }
      if let marker = trap.line {
        #expect(text.contains(" at Optimizers/Traps.swift:\(Self.line(of: marker)) "), "\(sandbox) \(trap): \(text)")
      }
      #expect(!text.contains("/tmp/") && !record.output.standardError.contains(program.folder.path))
    }
    let killed = try #require(Self.crash(records, "sigkill"))
    let exited = try #require(Self.crash(records, "exit137"))
    if case .bubblewrap = executor.mode {
      // bubblewrap reports both as status 137: both readings are given.
      #expect(killed == exited)
      #expect(exited.description.contains("your code called exit(137), or it was killed by signal 9 (SIGKILL)"))
    } else {
      #expect(killed.description.hasPrefix("was killed by signal 9 (SIGKILL)"))
      #expect(exited.description == "exited with status 137 before answering")
    }
  }

  @Test("A signal the student's code raises and survives still ends the request")
  func aRaisedSignalEndsTheRequest() async throws {
    let (executor, program) = try await Self.cache.program(sandbox: .automatic)
    let records = await executor.run(
      [RunnerFixtures.evaluation(1, "segfault", [[1]]), RunnerFixtures.evaluation(2, "sum", [[1, 2]])], in: program)
    #expect(records.first.map { "\($0.outcome)" }?.contains("SIGSEGV") == true)
    #expect(records.last?.outcome.values == [3])
  }

  private static func crash(_ records: [RunRecord], _ function: String) -> CrashReport? {
    guard let index = cases.firstIndex(where: { $0.function == function }),
      case .crashed(let crash) = records[index].outcome
    else { return nil }
    return crash
  }

  /// The line of Optimizers/Traps.swift holding `marker`.
  static func line(of marker: String) -> Int {
    let lines = traps.split(separator: "\n", omittingEmptySubsequences: false)
    return (lines.firstIndex { $0.contains("// \(marker)") } ?? -1) + 1
  }

  static let traps = #"""
    #if canImport(Glibc)
      import Glibc
    #endif

    enum Traps {
      static func index(_ x: [Double]) -> Double {
        let empty: [Double] = []
        return empty[Int(x[0])]  // trap-index
      }
      static func overflow(_ x: [Double]) -> Double {
        let count = Int.max - 1 + Int(x[0]) * 2  // trap-overflow
        return Double(count)
      }
      static func unwrap(_ x: [Double]) -> Double {
        let scale: Double? = x.isEmpty ? 1 : nil
        return scale!  // trap-unwrap
      }
      static func divide(_ x: [Double]) -> Double {
        let divisor = Int(x[0]) - 1
        return Double(100 / divisor)  // trap-divide
      }
      static func giveUp(_ x: [Double]) -> Double {
        fatalError("gave up at \(x[0])")  // trap-give-up
      }
      static func dive(_ depth: Int) -> Int {  // trap-dive
        depth < 0 ? 0 : dive(depth + 1) + 1
      }
      static func noisyIndex(_ x: [Double]) -> Double {
        // 2 MiB on standard error, past its 1 MiB cap, before the crash.
        let line = String(repeating: "e", count: 1023) + "\n"
        for _ in 0..<2048 { fputs(line, stderr) }
        let empty: [Double] = []
        return empty[Int(x[0])]  // trap-noisy-index
      }
      static func segfault(_ x: [Double]) -> Double {
        raise(SIGSEGV)
        return x[0]
      }
      static func sigkill(_ x: [Double]) -> Double {
        raise(SIGKILL)
        return x[0]
      }
      static func exit137(_ x: [Double]) -> Double {
        exit(137)
      }
    }
    """#

  static let catalog = #"""
    import DescentContract

    func function(_ value: @escaping ([Double]) -> Double) -> DifferentiableFunction {
      DifferentiableFunction(value: value, gradient: { $0 })
    }

    public func descentSubmission() -> SubmissionCatalog {
      SubmissionCatalog(
        optimizers: [:],
        functions: [
          "sum": function { $0.reduce(0, +) },
          "index": function(Traps.index), "overflow": function(Traps.overflow), "unwrap": function(Traps.unwrap),
          "divide": function(Traps.divide), "give-up": function(Traps.giveUp),
          "recurse": function { Double(Traps.dive(Int($0[0]))) }, "noisy-index": function(Traps.noisyIndex),
          "segfault": function(Traps.segfault),
          "sigkill": function(Traps.sigkill), "exit137": function(Traps.exit137),
        ])
    }
    """#

  private static let cache = TrapsCache()
}

/// Compiles the traps once; one executor per sandbox policy.
private actor TrapsCache {
  private var program: CompiledSubmission?

  func program(sandbox: SandboxPolicy) async throws -> (ContainedExecutor, CompiledSubmission) {
    let executor = try RunnerFixtures.executor(sandbox: sandbox)
    if let program { return (executor, program) }
    let folder = try RunnerFixtures.submissionFolder([
      "Submission.swift": ContainedCrashReportTests.catalog, "Optimizers/Traps.swift": ContainedCrashReportTests.traps,
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    switch try await executor.compile(submissionAt: folder) {
    case .compiled(let compiled, _, _):
      program = compiled
      return (executor, compiled)
    case .failed(let diagnostics, _):
      throw FixtureCompileFailure(diagnostics: diagnostics)
    }
  }
}
