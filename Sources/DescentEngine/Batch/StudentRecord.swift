import DescentReports
import Foundation

/// What a batch keeps about one student, as `students/<id>/grade.json`:
/// the full grade report (from which the gradebook and class report are
/// built), the content hash of the submission it grades, or why the
/// grader could not grade it.
///
/// It is written last, after the student's JUnit, feedback and results
/// files, so its presence with a report marks the student as done.
public struct StudentRecord: Codable, Sendable, Equatable {
  /// The layout version of this file.
  public var format: Int
  /// The student's id.
  public var student: String
  /// What was graded, as `<rubric hash>:<submission hash>`: the rubric's
  /// canonical hash and the ``SubmissionDigest`` of the student's folder.
  /// A resumed batch regrades the student when either differs.
  public var submissionDigest: String
  /// The grade, or nil after a grader failure.
  public var report: GradeReport?
  /// Why the grader could not grade this student (not the student's fault), in one line.
  public var graderFailure: String?

  /// The current ``format``.
  public static let currentFormat = 1

  /// A graded student.
  public init(student: String, submissionDigest: String, report: GradeReport) {
    self.init(student: student, submissionDigest: submissionDigest, report: report, graderFailure: nil)
  }

  /// A student the grader could not grade.
  public init(student: String, submissionDigest: String, graderFailure: String) {
    self.init(student: student, submissionDigest: submissionDigest, report: nil, graderFailure: graderFailure)
  }

  private init(student: String, submissionDigest: String, report: GradeReport?, graderFailure: String?) {
    self.format = Self.currentFormat
    self.student = student
    self.submissionDigest = submissionDigest
    self.report = report
    self.graderFailure = graderFailure
  }

  /// The record as pretty JSON, keys sorted.
  ///
  /// - Throws: ``BatchError`` if a number in the report is not finite.
  public func jsonData() throws(BatchError) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return try encoder.encode(self)
    } catch {
      throw BatchError("cannot encode the grade record of \(student): \(error)")
    }
  }

  /// Reads a record; nil when the file is missing or not a record of the current format.
  public static func read(from url: URL) -> StudentRecord? {
    guard let data = try? Data(contentsOf: url),
      let record = try? JSONDecoder().decode(StudentRecord.self, from: data), record.format == currentFormat
    else { return nil }
    return record
  }
}
