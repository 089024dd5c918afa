import DescentReports
import DescentTestSupport
import Foundation
import Testing

private let fixedDate = Date(timeIntervalSince1970: 1_700_000_000)

private struct SchemaCase: Sendable, CustomStringConvertible {
  var name: String
  var report: @Sendable () -> GradeReport
  var description: String { name }
}

private let schemaCases: [SchemaCase] = [
  SchemaCase(name: "mixed outcomes", report: { ReportFixtures.mixed() }),
  SchemaCase(name: "self-check with skipped items", report: { ReportFixtures.selfCheck() }),
  SchemaCase(name: "compile failure", report: { ReportFixtures.compileFailure() }),
  SchemaCase(
    name: "hostile output everywhere",
    report: {
      var report = ReportFixtures.mixed(output: ReportFixtures.hostileText)
      report.assignment = ReportFixtures.hostileText
      report.submission = ReportFixtures.hostileText
      report.isolation = ReportFixtures.hostileText
      report.build.diagnostics = ReportFixtures.hostileText
      for index in report.items.indices {
        report.items[index].name = ReportFixtures.hostileText
        report.items[index].summary = ReportFixtures.hostileText
        report.items[index].details.append(ReportFixtures.hostileText)
        report.items[index].hint = ReportFixtures.hostileText
      }
      return report
    }),
  SchemaCase(name: "10 MB of hostile output", report: { ReportFixtures.mixed(output: ReportFixtures.hugeHostileText) }),
  SchemaCase(
    name: "no items, empty names, odd times",
    report: {
      GradeReport(
        assignment: "", submission: "", build: BuildSummary(succeeded: true, diagnostics: "", seconds: .nan),
        items: [], isolation: "", scope: .all, seconds: 1e-9)
    }),
]

@Suite("JUnit XML")
struct JUnitReportTests {
  @Test(
    "validates against all three schemas",
    .enabled(if: JUnitSchemas.isAvailable, "needs ../shared/junit-xsd and xmllint"),
    arguments: schemaCases)
  fileprivate func validates(_ schemaCase: SchemaCase) throws {
    let document = JUnitReport(report: schemaCase.report(), timestamp: fixedDate, hostname: "grader\n01").data()
    for schema in JUnitSchemas.names {
      let problems = try JUnitSchemas.problems(document, schema: schema)
      #expect(problems == nil, "\(schemaCase.name) against \(schema): \(problems ?? "")")
    }
  }

  @Test("one testcase per item, with failure, error and skipped where they belong")
  func structure() throws {
    let xml = JUnitReport(report: ReportFixtures.mixed(), timestamp: fixedDate).xml
    #expect(xml.components(separatedBy: "<testcase ").count - 1 == 4)
    #expect(xml.contains("tests=\"4\" failures=\"2\" errors=\"1\" skipped=\"0\""))
    #expect(xml.contains("<failure message=\"diverged at step 3\" type=\"mistake:adam-no-bias-correction\">"))
    #expect(xml.contains("<error message=\"timed out after 2 s in rmsprop\" type=\"could-not-answer\">"))
    #expect(xml.contains("timestamp=\"2023-11-14T22:13:20\""))
    #expect(xml.contains("<property name=\"score\" value=\"3.2\"/>"))
    let skipped = JUnitReport(report: ReportFixtures.selfCheck(), timestamp: fixedDate).xml
    #expect(skipped.contains("skipped=\"2\""))
    #expect(skipped.contains("<skipped>not run</skipped>"))
  }

  @Test("compile failure: every item an error, diagnostics in system-err")
  func compileFailure() {
    let xml = JUnitReport(report: ReportFixtures.compileFailure(), timestamp: fixedDate).xml
    #expect(xml.contains("errors=\"2\""))
    #expect(
      xml.contains("<system-err>Optimizers.swift:12:5: error: cannot find &apos;velocity&apos; in scope</system-err>")
        || xml.contains("<system-err>Optimizers.swift:12:5: error: cannot find 'velocity' in scope</system-err>"))
  }

  @Test("hostile output is escaped, cleaned and capped")
  func hostileOutput() throws {
    let xml = JUnitReport(report: ReportFixtures.mixed(output: ReportFixtures.hugeHostileText), timestamp: fixedDate)
      .xml
    #expect(!xml.contains("]]>"))
    #expect(!xml.contains("<testcase name=\"fake\""))
    #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    #expect(!xml.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF })
    #expect(xml.contains("output truncated"))
    #expect(xml.utf8.count < 2 * JUnitReport.systemOutCap + 200_000, "\(xml.utf8.count) bytes")
  }

  @Test("the same report gives the same document")
  func deterministic() {
    let first = JUnitReport(report: ReportFixtures.mixed(), timestamp: fixedDate, hostname: "h").xml
    let second = JUnitReport(report: ReportFixtures.mixed(), timestamp: fixedDate, hostname: "h").xml
    #expect(first == second)
  }
}
