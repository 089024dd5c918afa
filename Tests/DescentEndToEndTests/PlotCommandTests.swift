import DescentTestSupport
import Foundation
import Testing

/// `descent plot`: the lecture's figures from the reference alone.
@Suite("descent plot")
struct PlotCommandTests {
  private static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-plot-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test("a race on Rosenbrock: one path per run over the contour lines, a well-formed SVG file")
  func race() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("race.svg")
    let result = try DescentExecutable.run([
      "plot", "--problem", "rosenbrock", "--start", "-1.2,1", "--steps", "200", "--run", "sgd --lr 0.001",
      "--run", "sgd --lr 0.001 --momentum 0.9", "--run", "adam --lr 0.05", "--out", file.path,
    ])
    #expect(result.status == 0, "\(result)")
    let svg = try String(contentsOf: file, encoding: .utf8)
    #expect(svg.hasPrefix("<?xml") && svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(svg.contains("class=\"contour\""))
    for run in ["sgd --lr 0.001", "sgd --lr 0.001 --momentum 0.9", "adam --lr 0.05"] {
      #expect(svg.contains("<title>\(run)</title>"), "no line for \(run)")
    }
    if JUnitSchemas.hasXmllint { #expect(try JUnitSchemas.problems(fileAt: file) == nil) }
  }

  @Test("a learning-rate sweep on f = x²: one loss curve per value")
  func sweep() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("sweep.svg")
    let result = try DescentExecutable.run([
      "plot", "--problem", "square", "--start", "1", "--steps", "30", "--run", "sgd", "--sweep", "lr=0.1,0.9,1.05",
      "--out", file.path,
    ])
    #expect(result.status == 0, "\(result)")
    let svg = try String(contentsOf: file, encoding: .utf8)
    #expect(svg.contains("Loss per step on square"))
    #expect(svg.components(separatedBy: "<title>sgd --lr ").count - 1 == 3, "\(svg.prefix(300))")
  }

  @Test(
    "misuse is one line, exit 2",
    arguments: [
      (["--run", "nosuch"], "nosuch"),
      (["--run", "adam --nosuch 1"], "nosuch"),
      (["--run", "adam", "--figure", "bars"], "--figure must be path or loss"),
      (["--run", "adam", "--sweep", "lr"], "--sweep must read name=v1,v2,..."),
      ([], "give at least one --run"),
    ])
  func misuse(arguments: [String], words: String) throws {
    let result = try DescentExecutable.run(
      ["plot", "--problem", "rosenbrock", "--start", "-1.2,1", "--steps", "5", "--out", "/tmp/never.svg"] + arguments)
    #expect(result.status == 2, "\(result)")
    #expect(result.standardErrorLines.count == 1 && result.standardError.contains(words), "\(result)")
  }
}
