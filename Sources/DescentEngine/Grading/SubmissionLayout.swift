import Foundation

/// What a submission folder is: the one rule `grade`, `check`, `batch` and
/// the Gradescope and PrairieLearn packages all follow (through ``Grader``).
///
/// - **Loose files**: `.swift` files in the folder or in folders below it
///   (an upload of files, an unpacked zip).
/// - **A nested folder**: a folder holding nothing but one folder (a zip of a
///   folder, GitHub's `repo-main/`) is that folder, however deep.
/// - **A kit clone**: a folder with `Package.swift` and `Sources/Submission/`
///   (a student's clone of the course kit, pushed to GitHub Classroom) is its
///   `Sources/Submission/`; the kit's other modules are never compiled.
///
/// Any other Swift package is not a submission: compiling it would mix the
/// package's own modules (and their `main.swift`) into the student's.
public enum SubmissionLayout {
  /// Where a kit keeps the student's sources.
  public static let kitSources = "Sources/Submission"

  /// The folder whose `.swift` files are compiled for the submission in `folder`.
  ///
  /// - Throws: ``SubmissionLayoutError`` for a package that is not a kit clone.
  public static func sourceFolder(of folder: URL) throws(SubmissionLayoutError) -> URL {
    var current = folder
    for _ in 0..<8 {
      let manager = FileManager.default
      if manager.fileExists(atPath: current.appendingPathComponent("Package.swift").path) {
        let sources = current.appendingPathComponent(kitSources, isDirectory: true)
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: sources.path, isDirectory: &isDirectory), isDirectory.boolValue else {
          throw SubmissionLayoutError(
            "\(relative(current, to: folder)) holds a Package.swift but no \(kitSources)/: a kit clone keeps the"
              + " student's code there; hand in that folder's .swift files or the whole kit")
        }
        return sources
      }
      guard let only = onlyEntry(of: current) else { return current }
      current = only
    }
    return current
  }

  /// The one visible entry of `folder` when it is a folder, else nil.
  private static func onlyEntry(of folder: URL) -> URL? {
    let entries =
      (try? FileManager.default.contentsOfDirectory(
        at: folder, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])) ?? []
    let visible = entries.filter { $0.lastPathComponent != "__MACOSX" }
    guard visible.count == 1, let only = visible.first,
      (try? only.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true
    else { return nil }
    return only
  }

  private static func relative(_ url: URL, to folder: URL) -> String {
    let base = folder.standardizedFileURL.path
    let path = url.standardizedFileURL.path
    return path == base ? "the submission folder" : "the submission's " + String(path.dropFirst(base.count + 1))
  }
}

/// A submission folder that follows none of ``SubmissionLayout``'s layouts.
public struct SubmissionLayoutError: Error, Sendable, Equatable, CustomStringConvertible {
  /// One line for the person who handed it in.
  public var message: String

  init(_ message: String) { self.message = message }

  public var description: String { message }
}
