import DescentReports
import Foundation

/// One student's results in a batch's output folder, `students/<id>/`:
/// `junit.xml`, `feedback.txt` (what the student reads), `results.json`
/// (Gradescope's format), `report.html` when asked (the feedback with
/// figures) and `grade.json` (the ``StudentRecord``, written last: the done
/// marker).
///
/// Each file is replaced atomically. Rewriting first removes the old
/// marker, so an interruption at any point leaves the student either done
/// with complete, matching files, or not done.
public struct StudentResultFolder: Sendable {
  /// The student's id.
  public var student: String
  /// `<out>/students/<id>`.
  public var folder: URL

  /// The file names, in the order they are written.
  public static let junitName = "junit.xml"
  /// The student's feedback.
  public static let feedbackName = "feedback.txt"
  /// Gradescope's results.
  public static let resultsName = "results.json"
  /// The student's HTML report, when the batch writes one.
  public static let htmlName = "report.html"
  /// The done marker and full record.
  public static let recordName = "grade.json"

  /// Whether `report.html` is written (and required of a finished student).
  public var writesHTML = false

  /// The folder of `student` in the batch output `out`.
  public init(out: URL, student: String) {
    self.student = student
    self.folder = out.appendingPathComponent("students", isDirectory: true).appendingPathComponent(
      student, isDirectory: true)
  }

  /// The record file.
  public var recordURL: URL { folder.appendingPathComponent(Self.recordName) }

  /// The finished record of this student, or nil when they must be graded:
  /// no marker, a grader failure, a different submission (by digest), or a
  /// report file missing.
  public func completedRecord(digest: String) -> StudentRecord? {
    guard let record = StudentRecord.read(from: recordURL), record.student == student,
      record.submissionDigest == digest, record.report != nil
    else { return nil }
    for name in [Self.junitName, Self.feedbackName, Self.resultsName] + (writesHTML ? [Self.htmlName] : []) {
      guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) else { return nil }
    }
    return record
  }

  /// Writes `record`: for a grade, its three report files, then the record.
  ///
  /// - Throws: ``BatchError`` naming the file that could not be written.
  public func write(_ record: StudentRecord, timestamp: Date = Date()) throws(BatchError) {
    if FileManager.default.fileExists(atPath: recordURL.path) {
      do {
        try FileManager.default.removeItem(at: recordURL)
      } catch {
        throw BatchError("cannot remove the old \(recordURL.path): \(error.localizedDescription)")
      }
    }
    if let report = record.report {
      try AtomicFile.write(JUnitReport(report: report, timestamp: timestamp).data(), to: file(Self.junitName))
      try AtomicFile.write(Data(FeedbackReport(report: report).text.utf8), to: file(Self.feedbackName))
      let results: Data
      do {
        results = try GradescopeResults(report: report).data()
      } catch {
        throw BatchError("cannot encode \(file(Self.resultsName).path): \(error)")
      }
      try AtomicFile.write(results, to: file(Self.resultsName))
      if writesHTML { try AtomicFile.write(Data(HTMLReport(report: report).text.utf8), to: file(Self.htmlName)) }
    }
    try AtomicFile.write(record.jsonData(), to: recordURL)
  }

  private func file(_ name: String) -> URL { folder.appendingPathComponent(name) }
}
