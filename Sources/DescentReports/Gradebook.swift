import Foundation

/// A class's grades as one CSV table (RFC 4180) for a learning management
/// system's gradebook import.
///
/// Columns, in order:
///
/// | column | content |
/// |---|---|
/// | `student` | the student's id: the name of their submission folder |
/// | `total` | points earned over every rubric item |
/// | one per rubric item id (`adam-rosenbrock`, …) | points earned on that item |
///
/// Numbers have at most two decimals and a `.` decimal point. A student the
/// grader itself could not grade (not a student's fault) has empty `total`
/// and item cells, so an import leaves their grade untouched rather than
/// writing a zero. Rows are sorted by student id; lines end in CRLF.
///
/// Importing: Moodle (Grades → Import → CSV file) maps `student` to the
/// user field the folder names hold (username, ID number or email) and
/// `total` to the assignment's grade item. Canvas (Grades → Import) matches
/// rows on its `SIS User ID` or `SIS Login ID` column: name the submission
/// folders after either and rename the `student` header accordingly, or map
/// it in the import preview; item columns that match no assignment are
/// offered as new ones and can be ignored.
///
/// Every cell is safe to open in a spreadsheet: a cell that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` so it
/// is never taken for a formula (a negative number is written as such only
/// in numeric columns, where it cannot carry a formula).
public struct Gradebook: Sendable, Equatable {
  /// The rubric item ids, one column each, in rubric order.
  public var itemIDs: [String]
  /// One row per student, sorted by id.
  public var rows: [Row]

  /// One student's line.
  public struct Row: Sendable, Equatable {
    /// The student's id.
    public var student: String
    /// Points earned, or nil when the grader could not grade this student.
    public var total: Double?
    /// Points per item id (absent ids give empty cells).
    public var itemScores: [String: Double]

    /// Creates a row.
    public init(student: String, total: Double?, itemScores: [String: Double]) {
      self.student = student
      self.total = total
      self.itemScores = itemScores
    }
  }

  /// Creates a gradebook with explicit columns and rows (rows are sorted by student id).
  public init(itemIDs: [String], rows: [Row]) {
    self.itemIDs = itemIDs
    self.rows = rows.sorted { $0.student < $1.student }
  }

  /// A gradebook from graded reports and the ids of students the grader
  /// could not grade.
  ///
  /// - Parameters:
  ///   - reports: one report per graded student (its `submission` is the id).
  ///   - ungraded: students with a grader failure, given empty cells.
  ///   - itemIDs: the columns; by default the first report's item ids.
  public init(reports: [GradeReport], ungraded: [String] = [], itemIDs: [String]? = nil) {
    let columns = itemIDs ?? reports.first?.items.map(\.id) ?? []
    var rows = reports.map { report in
      Row(
        student: report.submission, total: report.score,
        itemScores: Dictionary(report.items.map { ($0.id, $0.score) }, uniquingKeysWith: { first, _ in first }))
    }
    rows += ungraded.map { Row(student: $0, total: nil, itemScores: [:]) }
    self.init(itemIDs: columns, rows: rows)
  }

  /// The header row's cells.
  public var header: [String] { ["student", "total"] + itemIDs }

  /// The CSV text: a header line and one line per student, CRLF line ends.
  public var csv: String {
    var lines = [header.map(Self.textCell).joined(separator: ",")]
    for row in rows {
      let cells =
        [Self.textCell(row.student), Self.numberCell(row.total)]
        + itemIDs.map { id in Self.numberCell(row.total == nil ? nil : row.itemScores[id]) }
      lines.append(cells.joined(separator: ","))
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }

  /// A text cell: defused against formula injection, then quoted when it
  /// holds a comma, a double quote, a line break, or leading/trailing space.
  public static func textCell(_ text: String) -> String {
    var value = text
    if let first = value.unicodeScalars.first, formulaStarts.contains(first) { value = "'" + value }
    let needsQuotes =
      value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
      || value.first?.isWhitespace == true || value.last?.isWhitespace == true
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A number cell: at most two decimals, empty for nil or a non-finite value.
  public static func numberCell(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    return ReportText.points(value)
  }

  /// First characters that make a spreadsheet read a cell as a formula.
  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
