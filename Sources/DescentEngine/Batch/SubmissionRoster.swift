import Foundation

/// The submissions of a class: one folder per student in a submissions
/// folder, named with the student's id. Hidden entries (`.DS_Store`,
/// `.git`) and plain files are not students.
public struct SubmissionRoster: Sendable, Equatable {
  /// Every student's submission, sorted by id.
  public var submissions: [StudentSubmission]

  /// One student's submission folder.
  public struct StudentSubmission: Sendable, Equatable {
    /// The student's id: the folder's name.
    public var id: String
    /// The submission folder.
    public var folder: URL

    /// Creates an entry.
    public init(id: String, folder: URL) {
      self.id = id
      self.folder = folder
    }
  }

  /// Creates a roster from explicit submissions (sorted by id).
  public init(submissions: [StudentSubmission]) {
    self.submissions = submissions.sorted { $0.id < $1.id }
  }

  /// Lists the student folders in `folder`.
  ///
  /// - Throws: ``BatchError`` when `folder` is missing, unreadable or not a folder.
  public init(listing folder: URL) throws(BatchError) {
    guard Self.isDirectory(folder) else {
      throw BatchError("submissions folder \(folder.path) does not exist or is not a folder")
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    } catch {
      throw BatchError("cannot list submissions folder \(folder.path): \(error.localizedDescription)")
    }
    let students = names.filter { !$0.hasPrefix(".") }.compactMap { name -> StudentSubmission? in
      let url = folder.appendingPathComponent(name, isDirectory: true)
      return Self.isDirectory(url) ? StudentSubmission(id: name, folder: url) : nil
    }
    self.init(submissions: students)
  }

  /// The students' ids, sorted.
  public var ids: [String] { submissions.map(\.id) }

  /// The part of the roster in `slice`.
  public func restricted(to slice: BatchSlice) -> SubmissionRoster {
    let chosen = Set(slice.students(of: ids))
    return SubmissionRoster(submissions: submissions.filter { chosen.contains($0.id) })
  }

  static func isDirectory(_ url: URL) -> Bool {
    var flag: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
  }
}
