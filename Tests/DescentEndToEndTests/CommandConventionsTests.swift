import DescentTestSupport
import Foundation
import Testing

/// The conventions every `descent` subcommand shares: `--version`, one exit
/// status per kind of failure with one line naming it, progress a log can
/// show.
@Suite("Command-line conventions")
struct CommandConventionsTests {
  private static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  private static let solution = repository.appendingPathComponent("assignments/optimizers/solution").path

  @Test("--version prints the version and the Swift that built descent, exit 0")
  func version() throws {
    let result = try DescentExecutable.run(["--version"])
    #expect(result.status == 0, "\(result)")
    let line = result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(line.hasPrefix("descent "), "\(result)")
    #expect(line.contains("(built with Swift "), "\(result)")
  }

  @Test("shell completion scripts are generated for bash, zsh and fish", arguments: ["bash", "zsh", "fish"])
  func completion(shell: String) throws {
    let result = try DescentExecutable.run(["--generate-completion-script", shell])
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.contains("descent"), "\(result)")
  }

  /// Each subcommand that writes, pointed at a path under a regular file.
  static let unwritableOutputs: [[String]] = [
    ["grade", "--assignment", "optimizers", "--submission", solution, "--junit", "BLOCKED/report.xml"],
    ["kit", "--assignment", "optimizers", "--out", "BLOCKED/kit"],
    ["package", "gradescope", "--assignment", "optimizers", "--out", "BLOCKED/autograder.zip"],
    ["package", "prairielearn", "--assignment", "optimizers", "--out", "BLOCKED/pl"],
    ["batch", "--assignment", "optimizers", "--submissions", "SUBMISSIONS", "--out", "BLOCKED/batch"],
    [
      "batch", "--assignment", "optimizers", "--submissions", "SUBMISSIONS", "--out", "out", "--emit", "slurm",
      "--slices", "2", "--emit-to", "BLOCKED/job.sh",
    ],
  ]

  @Test(
    "an output path that cannot be written is misuse for every subcommand: exit 2, one line naming why",
    arguments: unwritableOutputs)
  func unwritableOutput(arguments: [String]) throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-conventions-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let submissions = root.appendingPathComponent("submissions")
    try FileManager.default.createDirectory(at: submissions, withIntermediateDirectories: true)
    let blocker = root.appendingPathComponent("notes.txt")
    try Data("a file where a folder should be".utf8).write(to: blocker)
    let resolved = arguments.map {
      $0.replacingOccurrences(of: "BLOCKED", with: blocker.path)
        .replacingOccurrences(of: "SUBMISSIONS", with: submissions.path)
    }
    let result = try DescentExecutable.run(resolved, workingDirectory: root, timeout: .seconds(300))
    #expect(result.status == 2, "\(result)")
    #expect(result.standardErrorLines.count == 1, "\(result)")
    let line = result.standardErrorLines.first ?? ""
    #expect(line.hasPrefix("descent: error: "), "\(result)")
    #expect(line.contains("\(blocker.path) is a file, not a folder"), "\(result)")
    #expect(!line.contains("NSCocoaErrorDomain") && !line.contains("could not be completed"), "\(result)")
  }
}
