import DescentTestSupport
import Foundation
import Testing

/// `descent rubric lint` through the built executable: the course's rubric is
/// clean, a long chaotic item is reported with its step, misuse is one line.
@Suite("descent rubric lint")
struct RubricLintCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test("the course's rubric has nothing to report: exit 0")
  func courseRubric() throws {
    let result = try DescentExecutable.run(
      ["rubric", "lint", "--assignment", "optimizers", "--course", Self.root.path])
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.contains("every item is judged as written"), "\(result)")
  }

  @Test("a 260-step centered RMSProp item is reported with the step to shorten it to: exit 1")
  func longItem() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-lint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let rubric = folder.appendingPathComponent("long.yaml")
    try """
    assignment: optimizers
    title: "A long chaotic item"
    items:
      - id: rmsprop-long
        name: "Centered RMSProp on Rosenbrock (3-D), 260 steps"
        points: 1
        visibility: hidden
        check:
          kind: trajectory
          optimizer: rmsprop
          hyperparameters: {lr: 0.001, alpha: 0.9, centered: true, momentum: 0.3}
          problem: {name: rosenbrock, dimension: 3}
          start: [-0.8, 1.3, 0.6]
          steps: 260
    """.write(to: rubric, atomically: true, encoding: .utf8)
    let result = try DescentExecutable.run(
      ["rubric", "lint", "--assignment", "optimizers", "--rubric", rubric.path, "--course", Self.root.path])
    #expect(result.status == 1, "\(result)")
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 1, "\(result)")
    #expect(result.standardOutput.contains("item 'rmsprop-long'"), "\(result)")
    #expect(result.standardOutput.contains("at step 184 of 260"), "\(result)")
    #expect(result.standardOutput.contains("shorten it to 183 steps"), "\(result)")
  }

  @Test("without --assignment: one line on standard error, exit 2")
  func misuse() throws {
    let result = try DescentExecutable.run(["rubric", "lint"])
    #expect(result.status == 2, "\(result)")
    #expect(result.standardError.contains("--assignment"), "\(result)")
    #expect(result.standardError.split(separator: "\n").count == 1, "\(result)")
  }
}
