import DescentTestSupport
import Foundation
import Testing

@Suite("descent check")
struct CheckCommandTests {
  private let course = CourseAssignment.root.path

  @Test("the solution passes every visible item, exit 0, and hidden points are announced as not counted")
  func solutionPasses() throws {
    let result = try DescentExecutable.run(
      ["check", "--assignment", "optimizers", CourseAssignment.optimizers.solution.path, "--course", course],
      environment: ["NO_COLOR": nil], timeout: .seconds(120))
    #expect(result.status == 0, "\(result)")
    let text = result.standardOutput
    #expect(text.hasPrefix("optimizers: solution (visible items only)\n"), "\(text)")
    #expect(text.contains("✓ 5 / 5  sgd-rosenbrock: SGD on Rosenbrock (2-D)\n"), "\(text)")
    #expect(text.contains("Visible items: 54 / 54 points (11 of 11 pass)."), "\(text)")
    #expect(
      text.contains(
        "Not counted here: 12 hidden items (42 points) and 1 after-due-date item (4 points), graded after submission."),
      "\(text)")
    #expect(text.contains("This is not your grade: 46 more points are graded after submission."), "\(text)")
    #expect(!text.contains("sgd-saddle"), "hidden items are counted, never listed:\n\(text)")
    #expect(!text.contains("\u{1B}["), "no colour when standard output is not a terminal")
  }

  @Test("the starter, checked from its own folder, fails with exit 1 and says what is not implemented")
  func starterFromItsFolder() throws {
    let result = try DescentExecutable.run(
      ["check", "--assignment", "optimizers"], environment: ["DESCENT_COURSE_ROOT": nil],
      workingDirectory: CourseAssignment.optimizers.starter, timeout: .seconds(120))
    #expect(result.status == 1, "\(result)")
    #expect(result.standardOutput.contains("! 0 / 5  sgd-rosenbrock"), "\(result)")
    #expect(result.standardOutput.contains("not implemented"), "\(result)")
    #expect(result.standardOutput.contains("Visible items: 0 / 54 points (0 of 11 pass)."), "\(result)")
  }

  @Test("a classic mistake is named with its fix and the rubric's hint")
  func namesTheMistake() throws {
    let result = try DescentExecutable.run(
      [
        "check", "--assignment", "optimizers", CourseAssignment.submission("optimizers-adam-no-bias-correction").path,
        "--course", course,
      ], timeout: .seconds(120))
    #expect(result.status == 1, "\(result)")
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    #expect(
      lines.contains { $0.hasPrefix("✗ ") && $0.hasSuffix("adam-rosenbrock: Adam on Rosenbrock (2-D)") }, "\(result)")
    #expect(lines.contains { $0.hasPrefix("    mistake: ") }, "\(result)")
    #expect(lines.contains { $0.hasPrefix("    fix: ") }, "\(result)")
    #expect(lines.contains { $0.hasPrefix("    hint: Bias-correct both moments") }, "\(result)")
  }

  @Test("misuse exits 2 with one line")
  func misuse() throws {
    let result = try DescentExecutable.run(
      ["check", "--assignment", "optimizers", "/nonexistent/work", "--course", course])
    #expect(result.status == 2, "\(result)")
    #expect(result.standardErrorLines == ["descent: error: submission folder /nonexistent/work does not exist"])
  }

  @Test("--help explains hidden items, colour and exit statuses, with an example")
  func help() throws {
    let result = try DescentExecutable.run(["check", "--help"])
    #expect(result.status == 0, "\(result)")
    for text in ["descent check --assignment optimizers", "NO_COLOR", "Exit status: 0 when every visible item passes"] {
      #expect(result.standardOutput.contains(text), "missing '\(text)':\n\(result.standardOutput)")
    }
  }
}
