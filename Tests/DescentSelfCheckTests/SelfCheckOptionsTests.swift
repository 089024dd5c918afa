import DescentJudging
import DescentSelfCheck
import Testing

@Suite("Self-check command line")
struct SelfCheckOptionsTests {
  @Test("flags and values are read")
  func parses() throws {
    let options = try SelfCheckOptions(parsing: [
      "--item", "a", "--item", "b", "--junit", "r.xml", "--markdown", "s.md", "--no-color",
    ])
    #expect(options.items == ["a", "b"])
    #expect(options.junit == "r.xml")
    #expect(options.markdown == "s.md")
    #expect(options.noColor)
    #expect(options.runItem == nil)
  }

  @Test("child mode needs both --run-item and --reply")
  func childMode() throws {
    let options = try SelfCheckOptions(parsing: ["--run-item", "a", "--reply", "/x"])
    #expect(options.runItem == "a" && options.reply == "/x")
    #expect(throws: SelfCheckUsageError.self) { try SelfCheckOptions(parsing: ["--run-item", "a"]) }
  }

  @Test(
    "unknown arguments and missing values are named",
    arguments: [
      (["--frobnicate"], "unknown argument '--frobnicate' (see --help)"),
      (["--junit"], "--junit needs a value"),
      (["--junit", "--no-color"], "--junit needs a value"),
    ])
  func errors(arguments: [String], message: String) {
    #expect(throws: SelfCheckUsageError(message: message)) { try SelfCheckOptions(parsing: arguments) }
  }
}
