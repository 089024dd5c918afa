import DescentReports
import Foundation
import Testing

@Suite("Gradescope results.json")
struct GradescopeResultsTests {
  private func object(_ report: GradeReport) throws -> [String: Any] {
    let data = try GradescopeResults(report: report).data()
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test("top level: score, execution_time, output, tests")
  func topLevel() throws {
    let json = try object(ReportFixtures.mixed())
    #expect(json["score"] as? Double == 3.2)
    #expect(json["execution_time"] as? Int == 4)
    #expect((json["output"] as? String)?.contains("Score: 3.2 / 14 points") == true)
    #expect(json["stdout_visibility"] as? String == "hidden")
    let tests = try #require(json["tests"] as? [[String: Any]])
    #expect(tests.count == 4)
  }

  @Test("one test per item with name, number, score, max_score, status, output, visibility")
  func tests() throws {
    let tests = try #require(try object(ReportFixtures.mixed())["tests"] as? [[String: Any]])
    #expect(tests.map { $0["number"] as? String } == ["1", "2", "3", "4"])
    #expect(tests.map { $0["status"] as? String } == ["passed", "failed", "failed", "failed"])
    #expect(tests.map { $0["visibility"] as? String } == ["visible", "visible", "visible", "hidden"])
    #expect(tests[1]["score"] as? Double == 1.2)
    #expect(tests[1]["max_score"] as? Double == 4)
    #expect(tests[1]["name"] as? String == "adam-rosenbrock: Item adam-rosenbrock")
    let output = try #require(tests[1]["output"] as? String)
    #expect(output.contains("diverged at step 3: x[1] expected 0.98310012"))
    #expect(output.contains("hint: Hint for adam-rosenbrock."))
    #expect((tests[3]["output"] as? String)?.contains("secret detail") == true, "Gradescope hides hidden tests itself")
  }

  @Test("the test output says what the instructor's feedback says")
  func sameContentAsFeedback() throws {
    let feedback = FeedbackReport(report: ReportFixtures.mixed(), audience: .instructor).text
    let tests = try #require(try object(ReportFixtures.mixed())["tests"] as? [[String: Any]])
    for test in tests {
      for line in ((test["output"] as? String) ?? "").split(separator: "\n") {
        #expect(feedback.contains(line), "\(line)")
      }
    }
  }

  @Test("compile failure: diagnostics in the top-level output")
  func compileFailure() throws {
    let json = try object(ReportFixtures.compileFailure())
    #expect((json["output"] as? String)?.contains("Optimizers.swift:12:5: error") == true)
    #expect(json["score"] as? Double == 0)
  }

  @Test("hostile and huge output still makes valid, capped JSON")
  func hostileOutput() throws {
    let data = try GradescopeResults(report: ReportFixtures.mixed(output: ReportFixtures.hugeHostileText)).data()
    #expect(data.count < 1_000_000, "\(data.count) bytes")
    #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
  }

  @Test("the same report gives the same bytes")
  func deterministic() throws {
    #expect(
      try GradescopeResults(report: ReportFixtures.mixed()).data()
        == GradescopeResults(report: ReportFixtures.mixed()).data())
  }
}

@Suite("Gradescope results with figures")
struct GradescopeFigureTests {
  @Test("tests' outputs become HTML: the words in a <pre>, each figure an <img> of its SVG")
  func figuresAsImages() throws {
    let report = HTMLReportTests.report()
    let document = GradescopeResults(report: report, showsFigures: true).document
    #expect(document.testOutputFormat == "html")
    let adam = try #require(document.tests.first)
    #expect(adam.output.hasPrefix("<pre>") && !adam.output.contains("<script"), "\(adam.output.prefix(200))")
    let images = adam.output.components(separatedBy: "src=\"data:image/svg+xml;base64,").dropFirst()
    #expect(images.count == report.items[0].figures?.count)
    let encoded = try #require(images.first?.prefix { $0 != "\"" })
    let svg = String(decoding: try #require(Data(base64Encoded: String(encoded))), as: UTF8.self)
    #expect(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(GradescopeResults(report: report).document.testOutputFormat == "text", "text unless asked")
  }
}
