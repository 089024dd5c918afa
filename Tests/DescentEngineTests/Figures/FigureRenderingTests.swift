@testable import DescentReports
import DescentTestSupport
import Foundation
import Testing

/// The figures' geometry and their SVG: level sets where the function has
/// that value, round ticks, well-formed and deterministic markup with every
/// text escaped.
@Suite("Figure rendering")
struct FigureRenderingTests {
  @Test("marching squares put the level set of x² + y² = 1 on the unit circle")
  func circleContour() throws {
    let grid = (0..<41).map { -2 + 4 * Double($0) / 40 }
    let values = grid.map { y in grid.map { x in x * x + y * y } }
    let lines = ContourTracing.lines(xs: grid, ys: grid, values: values, levels: [1])
    let points = try #require(lines.first).pieces.joined()
    #expect(points.count > 40)
    for point in points {
      #expect(abs((point.x * point.x + point.y * point.y).squareRoot() - 1) < 0.01, "\(point)")
    }
    let levels = ContourTracing.logarithmicLevels(of: values, count: 5)
    #expect(levels.count == 5 && levels == levels.sorted() && levels.allSatisfy { $0 > 0 && $0 < 8 })
  }

  @Test("ticks are round: steps of 1, 2 or 5 on a linear axis, decades on a log axis")
  func ticks() {
    #expect(AxisTicks.values(for: Figure.Axis(label: "", lower: 0, upper: 1)) == [0, 0.2, 0.4, 0.6, 0.8, 1])
    #expect(AxisTicks.values(for: Figure.Axis(label: "", lower: -3, upper: 7)) == [-2, 0, 2, 4, 6])
    let decades = AxisTicks.values(for: Figure.Axis(label: "", isLogarithmic: true, lower: 1e-9, upper: 10))
    #expect(decades.count >= 3 && decades.count <= 7 && decades.last == 10, "\(decades)")
    #expect(AxisTicks.label(0.25) == "0.25" && AxisTicks.label(1e-6) == "1e-6" && AxisTicks.label(1200) == "1200")
  }

  static let hostile = "<script>alert(1)</script> & \"quotes\" \u{202E}"

  static func figure(student: [Figure.Point]) -> Figure {
    Figure(
      title: "Path " + hostile, x: Figure.Axis(label: "x " + hostile, lower: 0, upper: 10),
      y: Figure.Axis(label: "f", isLogarithmic: true, lower: 1e-3, upper: 1e3),
      contours: [Figure.ContourLine(level: 1, pieces: [[Figure.Point(0, 1), Figure.Point(10, 1)]])],
      series: [
        Figure.Series(name: "reference", role: .reference, points: [Figure.Point(0, 1), Figure.Point(10, 100)]),
        Figure.Series(name: hostile, role: .student, points: student, marksPoints: true),
      ],
      markers: [Figure.Marker(point: Figure.Point(5, 10), label: "step 5: " + hostile)], caption: hostile)
  }

  @Test("the SVG is well-formed XML, escapes every text, and is the same twice")
  func svgMarkup() throws {
    let points = [
      Figure.Point(0, 1), Figure.Point(1, 2), Figure.Point(2, .nan), Figure.Point(3, -1), Figure.Point(4, 5),
      Figure.Point(5, 1e9),
    ]
    let markup = SVGFigure(Self.figure(student: points)).markup
    #expect(markup == SVGFigure(Self.figure(student: points)).markup, "deterministic")
    #expect(!markup.contains("<script"), "student text is escaped")
    #expect(markup.contains("&lt;script&gt;"))
    #expect(!markup.contains("\u{202E}"), "bidi overrides are replaced")
    let student = try #require(
      markup.split(separator: "\n").first { $0.hasPrefix("<path class=\"line student\"") && $0.contains("<title>") })
    // NaN and a non-positive value on the log axis break the line: three pieces (0–1, 4–5).
    #expect(student.components(separatedBy: "M").count - 1 == 2, "\(student)")
    #expect(student.components(separatedBy: "L").count - 1 == 2, "\(student)")
    try Self.expectWellFormed(markup)
  }

  /// Checks `markup` with xmllint, when it is installed.
  static func expectWellFormed(_ markup: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    guard JUnitSchemas.hasXmllint else { return }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("descent-figure-\(UUID().uuidString).xml")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data(markup.utf8).write(to: file)
    let problems = try JUnitSchemas.problems(fileAt: file)
    #expect(problems == nil, "not well-formed: \(problems ?? "")", sourceLocation: sourceLocation)
  }
}
