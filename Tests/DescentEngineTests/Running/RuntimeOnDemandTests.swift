import Foundation
import Testing

@testable import DescentEngine

/// The student runtime built on demand: where a `descent` executable came
/// from, and the README's first command kept in CI.
@Suite("Student runtime on demand")
struct RuntimeOnDemandTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  struct Case: Sendable, CustomTestStringConvertible {
    var folder: String
    var scratch: String?
    var configuration: String
    var testDescription: String { folder }
  }

  @Test(
    "a build folder of Descent's package is recognized with its scratch path and configuration",
    arguments: [
      Case(folder: ".build/x86_64-unknown-linux-gnu/debug", scratch: ".build", configuration: "debug"),
      Case(folder: ".build/release", scratch: ".build", configuration: "release"),
      Case(
        folder: "elsewhere-build/aarch64-unknown-linux-gnu/release", scratch: "elsewhere-build",
        configuration: "release"),
    ])
  func origin(_ example: Case) throws {
    let folder = Self.repository.appendingPathComponent(example.folder)
    let origin = try #require(RuntimeOnDemand.origin(ofExecutableIn: folder))
    #expect(origin.packageRoot.standardizedFileURL.path == Self.repository.standardizedFileURL.path)
    #expect(origin.scratchPath.lastPathComponent == example.scratch)
    #expect(origin.configuration == example.configuration)
  }

  @Test("a runtime older than a source file of its modules is stale; one built after them is not")
  func staleness() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-stale-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let manager = FileManager.default
    for folder in ["Sources/DescentHarness", "Sources/DescentContract", ".build/debug"] {
      try manager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    try Data().write(to: root.appendingPathComponent("Package.swift"))
    let source = root.appendingPathComponent("Sources/DescentContract/SubmissionCatalog.swift")
    try Data("// the contract".utf8).write(to: source)
    let library = root.appendingPathComponent(".build/debug/\(RuntimeBuild.libraryFile)")
    try Data().write(to: library)
    let origin = try #require(RuntimeOnDemand.origin(ofExecutableIn: root.appendingPathComponent(".build/debug")))
    try manager.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: source.path)
    #expect(!RuntimeOnDemand.isStale(library, origin: origin), "built after its sources")
    try manager.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: source.path)
    #expect(RuntimeOnDemand.isStale(library, origin: origin), "the contract changed after the build")
    try manager.removeItem(at: library)
    #expect(RuntimeOnDemand.isStale(library, origin: origin), "no library at all")
  }

  @Test("an executable away from Descent's sources has no origin, so nothing is built")
  func installedElsewhere() {
    #expect(RuntimeOnDemand.origin(ofExecutableIn: URL(fileURLWithPath: "/usr/local/bin")) == nil)
    #expect(RuntimeOnDemand.origin(ofExecutableIn: FileManager.default.temporaryDirectory) == nil)
  }

  @Test("the message for a runtime that cannot be found or built is one line naming what to set")
  func notBuiltMessage() {
    let message = StudentRuntimeError.notBuilt(searched: ["/opt/descent/bin"]).description
    #expect(!message.contains("\n"))
    #expect(message.contains(StudentRuntime.environmentVariable))
    #expect(message.contains("/opt/descent/bin"))
  }

  @Test("CI runs the README's first command verbatim, before the lint and the test suite")
  func frontDoorInCI() throws {
    let readme = try String(contentsOf: Self.repository.appendingPathComponent("README.md"), encoding: .utf8)
    let ci = try String(contentsOf: Self.repository.appendingPathComponent(".ci/run"), encoding: .utf8)
    let commands = readme.split(separator: "\n").map(String.init).filter { $0.hasPrefix("bash scripts/setup.sh && ") }
    #expect(commands.count == 2, "the README's two commands: \(commands)")
    let first = try #require(commands.first)
    let ciLines = ci.split(separator: "\n").map(String.init)
    let main = try #require(ciLines.firstIndex(of: first), ".ci/run lacks `\(first)`")
    let lint = try #require(ciLines.firstIndex(where: { $0.contains("scripts/lint.sh") }))
    let tests = try #require(ciLines.firstIndex(where: { $0.contains("swift test") }))
    #expect(main < lint && main < tests)
  }
}
