import DescentEngine
import Foundation
import Testing

@Suite("Submission compiler")
struct SubmissionCompilerTests {
  private func compile(_ files: [String: String]) async throws -> CompilationOutcome<CompiledSubmission> {
    let folder = try RunnerFixtures.submissionFolder(files)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try await RunnerFixtures.executor().compile(submissionAt: folder)
  }

  private func diagnostics(_ outcome: CompilationOutcome<CompiledSubmission>) -> String? {
    if case .failed(let diagnostics, _) = outcome { return diagnostics }
    return nil
  }

  static let minimal = """
    import DescentContract
    public func descentSubmission() -> SubmissionCatalog { SubmissionCatalog() }
    """

  @Test func importingTheReferenceFailsWithNoSuchModule() async throws {
    let outcome = try await compile(["Sneaky.swift": "import DescentReference\n" + Self.minimal])
    let text = try #require(diagnostics(outcome))
    #expect(text.contains("no such module 'DescentReference'"), "\(text)")
    #expect(text.contains("Sneaky.swift:1"), "\(text)")
    #expect(!text.contains(FileManager.default.temporaryDirectory.path), "\(text)")
  }

  @Test func importingTheEngineFailsWithNoSuchModule() async throws {
    let text = try #require(diagnostics(try await compile(["A.swift": "import DescentEngine\n" + Self.minimal])))
    #expect(text.contains("no such module 'DescentEngine'"), "\(text)")
  }

  @Test(arguments: [
    ([:], "no .swift files"),
    (["README.md": "hello"], "no .swift files"),
    (["main.swift": minimal], "main.swift is not allowed"),
    (["A.swift": "import DescentContract\n"], "descentSubmission"),
    (["A.swift": minimal + "\n@main enum Mine { static func main() {} }\n"], "main"),
    (["A.swift": minimal + "\nenum DescentHarnessEntryPoint {}\n"], "DescentHarnessEntryPoint"),
  ])
  func brokenSubmissionsFailClearly(files: [String: String], expected: String) async throws {
    let text = try #require(diagnostics(try await compile(files)), "\(files.keys) compiled")
    #expect(text.contains(expected), "\(files.keys): \(text)")
  }

  @Test func namesWithSpacesAndAccentsCompile() async throws {
    let outcome = try await compile(["Mes Optimiseurs/Étape un.swift": Self.minimal, "notes.txt": "ignored"])
    guard case .compiled(let program, _, _) = outcome else {
      Issue.record("did not compile: \(diagnostics(outcome) ?? "")")
      return
    }
    #expect(program.studentFiles == ["Mes Optimiseurs/Étape un.swift"])
  }
}
