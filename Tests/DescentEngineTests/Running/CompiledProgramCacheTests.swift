import DescentWire
import Foundation
import Testing

@testable import DescentEngine

/// The compiled-program cache: the same sources are compiled once, the
/// reused program answers exactly as a fresh one, and an entry that was
/// tampered with or truncated is rebuilt, never run.
@Suite("Compiled program cache", .serialized)
struct CompiledProgramCacheTests {
  private static func compile(_ folder: URL, cache: CompiledProgramCache) async throws -> CompiledSubmission {
    var executor = try RunnerFixtures.executor()
    executor.programCache = cache
    guard case .compiled(let program, _, _) = try await executor.compile(submissionAt: folder) else {
      throw FixtureCompileFailure(diagnostics: "the fixture did not compile")
    }
    return program
  }

  private static func entries(_ cache: CompiledProgramCache) -> [URL] {
    ((try? FileManager.default.contentsOfDirectory(at: cache.folder, includingPropertiesForKeys: nil)) ?? [])
      .filter { !$0.lastPathComponent.hasPrefix(".") }
  }

  @Test("a second compile of the same sources reuses the program, which answers exactly as a fresh one")
  func reuse() async throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = try RunnerFixtures.submissionFolder(["Submission.swift": RunnerFixtures.submissionSource])
    defer { try? FileManager.default.removeItem(at: folder) }
    let cache = CompiledProgramCache(folder: root.appendingPathComponent("cache"))
    let first = try await Self.compile(folder, cache: cache)
    #expect(Self.entries(cache).count == 1)
    let entry = try #require(Self.entries(cache).first)
    let recorded = try Data(contentsOf: entry.appendingPathComponent(CompiledProgramCache.programName))
    let second = try await Self.compile(folder, cache: cache)
    #expect(try Data(contentsOf: second.executable) == recorded, "the kept program is the one that runs")
    #expect(Self.entries(cache).count == 1, "no second entry for the same sources")
    let executor = try RunnerFixtures.executor()
    let requests = [RunnerFixtures.trajectory(1, lr: 1e-3, start: [-1.2, 1], steps: 20)]
    let fresh = await executor.run(requests, in: first)
    let reused = await executor.run(requests, in: second)
    #expect(fresh.map(\.outcome) == reused.map(\.outcome))

    // Other sources, another entry.
    try Data((RunnerFixtures.submissionSource + "\n// changed\n").utf8).write(
      to: folder.appendingPathComponent("Submission.swift"))
    _ = try await Self.compile(folder, cache: cache)
    #expect(Self.entries(cache).count == 2)
  }

  @Test("a tampered or truncated program is detected, removed and rebuilt", arguments: ["tampered", "truncated"])
  func damaged(kind: String) async throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = try RunnerFixtures.submissionFolder(["Submission.swift": RunnerFixtures.submissionSource])
    defer { try? FileManager.default.removeItem(at: folder) }
    let cache = CompiledProgramCache(folder: root.appendingPathComponent("cache"))
    _ = try await Self.compile(folder, cache: cache)
    let entry = try #require(Self.entries(cache).first)
    let program = entry.appendingPathComponent(CompiledProgramCache.programName)
    let original = try Data(contentsOf: program)
    #expect(!original.isEmpty)
    var damaged = original
    if kind == "tampered" {
      damaged[damaged.count / 2] ^= 0xFF
    } else {
      damaged = damaged.prefix(damaged.count / 3)
    }
    try damaged.write(to: program)
    let key = entry.lastPathComponent
    let scratch = root.appendingPathComponent("copy")
    #expect(cache.program(for: key, copyingTo: scratch) == nil, "a damaged program is never handed out")
    #expect(!FileManager.default.fileExists(atPath: entry.path), "and its entry is removed")
    let rebuilt = try await Self.compile(folder, cache: cache)
    #expect(try Data(contentsOf: rebuilt.executable) != damaged, "compiled again")
    #expect(try Data(contentsOf: program) == Data(contentsOf: rebuilt.executable), "and kept again")
    let records = try await RunnerFixtures.executor().run([RunnerFixtures.evaluation(1, "sum", [[1, 2]])], in: rebuilt)
    #expect(records.first?.outcome.values == [3])
  }

  @Test("past its size bound the cache removes the least recently used entries")
  func eviction() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let cache = CompiledProgramCache(folder: root.appendingPathComponent("cache"), byteLimit: 2_500)
    let program = root.appendingPathComponent("program")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for (index, key) in ["a", "b", "c"].enumerated() {
      try Data(repeating: UInt8(index), count: 1_000).write(to: program)
      cache.store(program, key: key, studentFiles: [], diagnostics: "")
      if key == "a" { Thread.sleep(forTimeInterval: 0.02) }
    }
    let kept = Set(Self.entries(cache).map(\.lastPathComponent))
    #expect(kept == ["b", "c"], "\(kept)")
  }
}
