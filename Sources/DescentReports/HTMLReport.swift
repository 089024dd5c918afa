/// A graded submission as one self-contained HTML page (polyglot: it is
/// well-formed XML too, so any XML parser can check it): the total, the
/// build, every item grouped by visibility with its points, its feedback
/// and its figures (inline SVG), readable offline, from a CI artifact, in
/// light and dark mode, with no script.
///
/// It says what the feedback text says, in the same words (``ItemFeedback``);
/// a student audience sees hidden and after-due-date items' scores only,
/// never their details or figures. Everything the student's code could
/// have chosen (error texts, printed output) is escaped.
public struct HTMLReport: Sendable {
  /// The report to show.
  public var report: GradeReport
  /// Who reads it.
  public var audience: FeedbackAudience

  /// Creates the page for `report`.
  public init(report: GradeReport, audience: FeedbackAudience = .student) {
    self.report = report
    self.audience = audience
  }

  /// The page.
  public var text: String {
    var body: [String] = []
    let heading = "\(report.assignment): \(report.submission)"
    body.append("<h1>\(escaped(heading))</h1>")
    body += totals
    if !report.build.succeeded {
      body.append("<section class=\"build\"><h2>Your submission did not compile; no item could run</h2>")
      let diagnostics = ReportText.capped(report.build.diagnostics.trimmingTrailingWhitespace, atBytes: 16 * 1024)
      body.append(
        "<pre>\(escaped(diagnostics.isEmpty ? "(the compiler printed nothing)" : diagnostics))</pre></section>")
    }
    let graded = report.items.filter { $0.outcome != .skipped }
    for (visibility, title) in [
      (Visibility.visible, "Visible items"), (.afterDueDate, "After the due date"), (.hidden, "Hidden items"),
    ] {
      let items = graded.filter { $0.visibility == visibility }
      guard !items.isEmpty else { continue }
      body.append("<section><h2>\(title)</h2>")
      body += items.flatMap(itemMarkup)
      body.append("</section>")
    }
    if audience == .instructor { body.append("<p class=\"meta\">Isolation: \(escaped(report.isolation))</p>") }
    let title = "\(escaped(heading)) — \(ReportText.points(report.score)) / \(ReportText.points(denominator)) points"
    return HTMLPage.document(title: title, style: Self.style, body: body)
  }

  /// The points the total is out of: the graded items' in a self-check.
  private var denominator: Double { report.scope == .visibleOnly ? report.gradedMaxScore : report.maxScore }

  private var totals: [String] {
    let graded = report.gradedItems
    let passing = graded.filter { $0.outcome == .passed }.count
    var lines = [
      "<p class=\"total\">Score: <strong>\(ReportText.points(report.score)) / \(ReportText.points(denominator))</strong>"
        + " points (\(passing) of \(graded.count) items pass)</p>"
    ]
    if let note = report.skippedItemsNote { lines.append("<p class=\"note\">\(escaped(note))</p>") }
    if let pass = report.allCheckedItemsPassLine { lines.append("<p class=\"note\">\(escaped(pass))</p>") }
    return lines
  }

  private func itemMarkup(_ item: ItemResult) -> [String] {
    let open = item.outcome == .passed ? "" : " open=\"open\""
    var lines = [
      "<details class=\"item \(item.outcome.rawValue)\" id=\"item-\(escaped(item.id))\"\(open)>",
      "<summary><span class=\"badge\">\(ItemFeedback.label(item.outcome))</span> "
        + "\(escaped(ItemFeedback.title(item))) <span class=\"points\">\(ItemFeedback.score(item))</span></summary>",
    ]
    let body = ItemFeedback.bodyLines(item, audience: audience)
    let printed = body.firstIndex(of: "your code printed:")
    let words = body[..<(printed ?? body.endIndex)]
    if let first = words.first { lines.append("<p class=\"summary\">\(escaped(first))</p>") }
    if words.count > 1 { lines.append("<ul>" + words.dropFirst().map { "<li>\(escaped($0))</li>" }.joined() + "</ul>") }
    if let printed {
      let output = body[(printed + 1)...].map { $0.hasPrefix("| ") ? String($0.dropFirst(2)) : $0 }
      lines.append("<p>Your code printed:</p><pre class=\"output\">\(escaped(output.joined(separator: "\n")))</pre>")
    }
    if ItemFeedback.showsDetails(item, to: audience) {
      for figure in item.figures ?? [] {
        var markup = "<figure>\(SVGFigure(figure).markup)"
        if let caption = figure.caption { markup += "<figcaption>\(escaped(caption))</figcaption>" }
        lines.append(markup + "</figure>")
      }
    }
    lines.append("</details>")
    return lines
  }

  private func escaped(_ text: String) -> String { HTMLPage.escaped(text) }

  /// The page's stylesheet, light and dark.
  static let style = """
    body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1f2328;background:#fff}\
    main{max-width:860px;margin:0 auto;padding:24px}h1{font-size:22px;margin:0 0 8px}\
    h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d8dee4}\
    .total{font-size:17px}.note,.meta{color:#59636e}\
    .item{border:1px solid #d8dee4;border-radius:6px;margin:8px 0;padding:6px 12px}\
    .item summary{cursor:pointer;font-weight:600}.points{float:right;font-weight:400;color:#59636e}\
    .badge{display:inline-block;min-width:46px;text-align:center;border-radius:4px;font-size:12px;color:#fff}\
    .passed .badge{background:#1a7f37}.failed .badge{background:#cf222e}.error .badge{background:#9a6700}\
    pre{background:#f6f8fa;padding:8px;overflow:auto;font-size:13px;white-space:pre-wrap}\
    figure{margin:12px 0}figure svg{max-width:100%;height:auto}figcaption{color:#59636e;font-size:13px}\
    @media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}h2,.item{border-color:#30363d}\
    .note,.meta,.points,figcaption{color:#9198a1}pre{background:#161b22}}
    """
}
