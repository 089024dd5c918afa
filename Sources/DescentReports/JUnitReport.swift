import Foundation

/// A grade report as JUnit XML that CI tools read: one `<testcase>` per
/// rubric item, with `<failure>` for a wrong answer, `<error>` for code that
/// could not answer (crash, timeout, not implemented, compile failure) and
/// `<skipped>` for a hidden item of a self-check.
///
/// The document validates against the three schemas CI tools use: Ant's
/// strict one (a `<testsuites>` without attributes; a `<testsuite>` with
/// name, timestamp without zone, hostname, tests, failures, errors, time,
/// package and id; exactly one `<properties>`; suite-level `<system-out>`
/// and `<system-err>`; test cases with name, classname and time only;
/// failures and errors with a `type`), Jenkins xUnit's (times with at most
/// three decimals, no exponent) and JUnit 5's for Jenkins (at least one
/// `<property>`; `<skipped>` with text only).
///
/// Student output lands in the suite's `<system-out>` under each item's id,
/// and the compiler's diagnostics in `<system-err>`. Every string is cleaned
/// of characters XML forbids, escaped completely and capped with a visible
/// marker, so no output can break or bloat the document.
public struct JUnitReport: Sendable {
  /// The report to convert.
  public var report: GradeReport
  /// When grading started, written without a zone as the schema requires (UTC).
  public var timestamp: Date
  /// The machine that graded; "localhost" when unknown.
  public var hostname: String

  /// The cap on one item's text (details and output) inside a failure or error.
  public static let messageCap = 16 * 1024
  /// The cap on the whole suite-level output.
  public static let systemOutCap = 1024 * 1024

  /// Creates the XML for `report`.
  public init(report: GradeReport, timestamp: Date, hostname: String = "localhost") {
    self.report = report
    self.timestamp = timestamp
    self.hostname = hostname
  }

  /// The XML document as UTF-8.
  public func data() -> Data { Data(xml.utf8) }

  /// The XML document.
  public var xml: String {
    let items = report.items
    let suiteName = nonEmpty(ReportText.singleLine(report.assignment), or: "descent")
    let suite = XMLTree.Element(
      "testsuite",
      [
        ("name", suiteName),
        ("timestamp", Self.timestampText(timestamp)),
        ("hostname", nonEmpty(ReportText.singleLine(hostname), or: "localhost")),
        ("tests", String(items.count)),
        ("failures", String(items.filter { $0.outcome == .failed }.count)),
        ("errors", String(items.filter { $0.outcome == .error }.count)),
        ("skipped", String(items.filter { $0.outcome == .skipped }.count)),
        ("time", ReportText.seconds(report.seconds)),
        ("package", "descent.\(suiteName)"),
        ("id", "0"),
      ],
      children: [.element(properties)] + items.map { .element(testCase($0, suite: suiteName)) } + [
        .element(XMLTree.Element("system-out", text: systemOut)),
        .element(XMLTree.Element("system-err", text: systemErr)),
      ])
    return XMLTree.document(XMLTree.Element("testsuites", children: [.element(suite)]))
  }

  private var properties: XMLTree.Element {
    let values: [(String, String)] = [
      ("assignment", report.assignment),
      ("submission", report.submission),
      ("scope", report.scope.rawValue),
      ("score", ReportText.points(report.score)),
      ("max_score", ReportText.points(report.maxScore)),
      ("build", report.build.succeeded ? "compiled" : "did not compile"),
      ("isolation", report.isolation),
    ]
    return XMLTree.Element(
      "properties",
      children: values.map {
        .element(XMLTree.Element("property", [("name", $0.0), ("value", ReportText.singleLine($0.1))]))
      })
  }

  private func testCase(_ item: ItemResult, suite: String) -> XMLTree.Element {
    let attributes: [(name: String, value: String)] = [
      ("name", nonEmpty(ItemFeedback.title(item), or: "item")),
      ("classname", "descent.\(suite)"),
      ("time", ReportText.seconds(item.seconds)),
    ]
    let message = ReportText.singleLine(item.summary)
    let body = ReportText.capped(
      ItemFeedback.bodyLines(item, audience: .instructor).joined(separator: "\n"), atBytes: Self.messageCap)
    let child: XMLTree.Element? =
      switch item.outcome {
      case .passed: nil
      case .failed:
        XMLTree.Element(
          "failure", [("message", message), ("type", item.mistake.map { "mistake:\($0.id)" } ?? "wrong-answer")],
          text: body)
      case .error: XMLTree.Element("error", [("message", message), ("type", "could-not-answer")], text: body)
      case .skipped: XMLTree.Element("skipped", text: message.isEmpty ? "not run in this scope" : message)
      }
    return XMLTree.Element("testcase", attributes, children: child.map { [.element($0)] } ?? [])
  }

  /// Every item's captured output under its id, capped per item and overall.
  private var systemOut: String {
    var sections: [String] = []
    for item in report.items where !item.output.isEmpty {
      sections.append("--- \(item.id) ---\n" + ReportText.capped(item.output, atBytes: ReportText.outputCap))
    }
    return ReportText.capped(sections.joined(separator: "\n"), atBytes: Self.systemOutCap)
  }

  /// The compiler's diagnostics.
  private var systemErr: String {
    ReportText.capped(report.build.diagnostics, atBytes: Self.systemOutCap)
  }

  private func nonEmpty(_ text: String, or fallback: String) -> String {
    text.allSatisfy(\.isWhitespace) ? fallback : text
  }

  /// `YYYY-MM-DDThh:mm:ss` in UTC.
  static func timestampText(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func two(_ value: Int?) -> String {
      let value = value ?? 0
      return value < 10 ? "0\(value)" : String(value)
    }
    let year = String(parts.year ?? 1970)
    let paddedYear = String(repeating: "0", count: max(0, 4 - year.count)) + year
    return
      "\(paddedYear)-\(two(parts.month))-\(two(parts.day))T\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
  }
}
