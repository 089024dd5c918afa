import DescentReports
import Foundation

/// The class-wide files of a batch output folder, written from the
/// students' records: `gradebook.csv` (``Gradebook``), `class-report.md`
/// (``ClassReportMarkdown``), `class-report.json` (``ClassReport``) and
/// `class-report.html` (``ClassReportHTML``: the same with figures).
public enum BatchSummary {
  /// The gradebook's file name.
  public static let gradebookName = "gradebook.csv"
  /// The Markdown class report's file name.
  public static let markdownName = "class-report.md"
  /// The JSON class report's file name.
  public static let jsonName = "class-report.json"
  /// The class report as a page with figures.
  public static let htmlName = "class-report.html"

  /// The records of `students` in the batch output `out`, and the students without one.
  public static func records(in out: URL, students: [String]) -> (records: [StudentRecord], missing: [String]) {
    var records: [StudentRecord] = []
    var missing: [String] = []
    for student in students {
      let folder = StudentResultFolder(out: out, student: student)
      if let record = StudentRecord.read(from: folder.recordURL), record.student == student {
        records.append(record)
      } else {
        missing.append(student)
      }
    }
    return (records, missing)
  }

  /// Writes the class-wide files into `out` and returns the class report.
  ///
  /// - Parameters:
  ///   - manifest: the batch's manifest (assignment and item columns).
  ///   - records: one record per student.
  ///   - missing: students without a record, reported as not graded.
  /// - Throws: ``BatchError`` naming the file that could not be written.
  @discardableResult
  public static func write(
    manifest: BatchManifest, records: [StudentRecord], missing: [String] = [], to out: URL
  ) throws(BatchError) -> ClassReport {
    let reports = records.compactMap(\.report)
    let failures =
      records.compactMap { record in
        record.graderFailure.map { ClassReport.StudentFailure(student: record.student, message: $0) }
      }
      + missing.map { ClassReport.StudentFailure(student: $0, message: "no result was recorded; run the batch again") }
    let gradebook = Gradebook(
      reports: reports, ungraded: failures.map(\.student), itemIDs: manifest.items.map(\.id))
    let report = ClassReport(
      assignment: manifest.assignment, reports: reports, graderFailures: failures,
      itemOrder: manifest.items.map { ($0.id, $0.name, $0.points) })
    try AtomicFile.write(Data(gradebook.csv.utf8), to: out.appendingPathComponent(gradebookName))
    try AtomicFile.write(
      Data(ClassReportMarkdown(report: report).text.utf8), to: out.appendingPathComponent(markdownName))
    let json: Data
    do {
      json = try report.jsonData()
    } catch {
      throw BatchError("cannot encode \(out.appendingPathComponent(jsonName).path): \(error)")
    }
    try AtomicFile.write(json, to: out.appendingPathComponent(jsonName))
    try AtomicFile.write(Data(ClassReportHTML(report: report).text.utf8), to: out.appendingPathComponent(htmlName))
    return report
  }
}
