import DescentReports
import DescentTestSupport
import Foundation
import Testing

/// `descent grade --html` and `descent check --html` on real submissions:
/// a page that a browser renders with the figures the report holds, the
/// same bytes on every grading, under a megabyte.
@Suite("HTML report, end to end")
struct HTMLReportCommandTests {
  /// Debian's chromium, when installed and able to render a trivial page here.
  static let chromium: String? = {
    guard
      let path = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else { return nil }
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent("descent-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    let probe = try? ChildProcess.run(
      executable: URL(fileURLWithPath: path),
      arguments: [
        "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)", "--dump-dom",
        "data:text/html,<p>descent-probe</p>",
      ], timeout: .seconds(60))
    return probe?.status == 0 && probe?.standardOutput.contains("descent-probe") == true ? path : nil
  }()

  private static func grade(_ submission: URL, into folder: URL, name: String) throws -> (
    html: String, report: GradeReport
  ) {
    let html = folder.appendingPathComponent("\(name).html")
    let json = folder.appendingPathComponent("\(name).json")
    let result = try DescentExecutable.run(
      [
        "grade", "--assignment", "optimizers", "--submission", submission.path, "--course", CourseAssignment.root.path,
        "--html", html.path, "--report-json", json.path, "--feedback", folder.appendingPathComponent("f.txt").path,
      ], timeout: .seconds(300))
    try #require(result.status == 0, "\(result)")
    let report = try JSONDecoder().decode(GradeReport.self, from: Data(contentsOf: json))
    return (try String(contentsOf: html, encoding: .utf8), report)
  }

  @Test("a failing submission's page: one figure per figure of the report, deterministic, under 1 MB, well-formed")
  func gradePage() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-html-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let submission = try CourseAssignment.submission("optimizers-adam-no-bias-correction")
    let (first, report) = try Self.grade(submission, into: folder, name: "first")
    let (second, _) = try Self.grade(submission, into: folder, name: "second")
    #expect(first == second, "the same submission gives the same page")
    #expect(first.utf8.count < 1 << 20, "\(first.utf8.count) bytes")
    let shown = report.items.filter { $0.visibility == .visible && $0.outcome != .skipped }
    let figures = shown.reduce(0) { $0 + ($1.figures?.count ?? 0) }
    #expect(figures >= 8, "the visible items have figures: \(figures)")
    #expect(first.components(separatedBy: "<svg ").count - 1 == figures)
    let adam = try #require(report.items.first { $0.id == "adam-rosenbrock" })
    #expect(adam.figures?.first?.markers.first?.label == "step 1: diverged")
    #expect(adam.figures?.first?.series.contains { $0.role == .mistake } == true, "the named mistake is drawn")
    let file = folder.appendingPathComponent("first.html")
    if JUnitSchemas.hasXmllint { #expect(try JUnitSchemas.problems(fileAt: file) == nil, "not well-formed") }
  }

  @Test(
    "Chromium renders the page: every figure an <svg> with its paths, and a screenshot",
    .enabled(if: chromium != nil, "no working headless chromium here (apt-get install chromium)"))
  func browser() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-html-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let (_, report) = try Self.grade(
      try CourseAssignment.submission("optimizers-momentum-sign-flipped"), into: folder, name: "page")
    let page = folder.appendingPathComponent("page.html")
    let browser = URL(fileURLWithPath: try #require(Self.chromium))
    let common = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.path)/profile"]
    let dom = try ChildProcess.run(
      executable: browser, arguments: common + ["--dump-dom", page.absoluteString], timeout: .seconds(120))
    #expect(dom.status == 0, "\(dom)")
    let figures = report.items.filter { $0.visibility == .visible }.flatMap { $0.figures ?? [] }
    #expect(dom.standardOutput.components(separatedBy: "<svg ").count - 1 == figures.count, "one <svg> per figure")
    // The first student path drawn: as many points in the DOM as in the figure (one M, then L per point).
    let student = try #require(figures.first?.series.first { $0.role == .student })
    // The line itself carries a <title>; the legend's sample line does not.
    let drawn = try #require(
      dom.standardOutput.components(separatedBy: "<path class=\"line student\" d=\"").dropFirst().first {
        $0.drop { $0 != "\"" }.hasPrefix("\"><title>")
      })
    let data = drawn.prefix { $0 != "\"" }
    #expect(data.filter { $0 == "L" }.count + data.filter { $0 == "M" }.count == student.points.compactMap { $0 }.count)
    let screenshot = folder.appendingPathComponent("page.png")
    let shot = try ChildProcess.run(
      executable: browser,
      arguments: common + ["--window-size=900,1600", "--screenshot=\(screenshot.path)", page.absoluteString],
      timeout: .seconds(120))
    #expect(shot.status == 0, "\(shot)")
    let size = (try? FileManager.default.attributesOfItem(atPath: screenshot.path)[.size] as? Int) ?? 0
    #expect(size > 10_000, "the screenshot is \(size) bytes")
  }
}
