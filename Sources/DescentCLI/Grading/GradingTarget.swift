import DescentEngine
import Foundation

/// What a grading command grades: the rubric (from the course or a file)
/// and the submission folder, both checked before anything is compiled.
struct GradingTarget {
  /// The assignment's rubric.
  var rubric: Rubric
  /// The submission folder, absolute.
  var submission: URL

  /// Resolves `options` and the submission folder `submissionPath`.
  ///
  /// - Parameters:
  ///   - submissionPath: the submission folder as the user typed it.
  ///   - unrecognized: arguments the parser did not recognize (misuse when any).
  ///   - currentDirectory: where relative paths start.
  ///   - environment: the process environment (`DESCENT_COURSE_ROOT`).
  ///   - gradesEmptyFolders: whether a folder without .swift files is graded
  ///     (every item an error, score 0: what an instructor's or Gradescope's
  ///     grade of an empty hand-in must give) rather than refused as misuse
  ///     (a student's self-check run in the wrong folder).
  ///   - knownRubric: the rubric these options resolved to before, when it
  ///     cannot depend on the submission (see ``rubricIsFixed(by:)``): not
  ///     read again.
  /// - Throws: ``CommandFailure`` (misuse) naming the assignment, folder or
  ///   rubric file and line at fault.
  static func resolve(
    _ options: AssignmentOptions, submissionPath: String, unrecognized: [String],
    currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    environment: [String: String] = ProcessInfo.processInfo.environment, gradesEmptyFolders: Bool = false,
    knownRubric: Rubric? = nil
  ) throws(CommandFailure) -> GradingTarget {
    if let unknown = unrecognized.first {
      throw .misuse("unknown option or extra argument '\(unknown)' (see --help)")
    }
    guard let name = options.assignment, !name.isEmpty else {
      throw .misuse("--assignment <name> is required, e.g. --assignment optimizers")
    }
    let submission = URL(fileURLWithPath: submissionPath, relativeTo: currentDirectory).standardizedFileURL
    let rubric: Rubric
    if let knownRubric {
      rubric = knownRubric
    } else {
      rubric = try loadRubric(
        of: name, options, near: submission, currentDirectory: currentDirectory, environment: environment)
    }
    try checkSubmission(submission, typed: submissionPath, gradesEmptyFolders: gradesEmptyFolders)
    return GradingTarget(rubric: rubric, submission: submission)
  }

  /// Whether `options` name the rubric whatever the submission: a rubric
  /// file, or a course (with neither, the course is looked for beside each
  /// submission).
  static func rubricIsFixed(by options: AssignmentOptions) -> Bool {
    options.rubric != nil || options.course != nil
  }

  /// The rubric of assignment `name`: the `--rubric` file, or the course's
  /// `rubrics/<name>.yaml`, the course located as ``locateCourse`` says.
  /// Shared by every command that grades (`grade`, `check`, `batch`).
  ///
  /// - Throws: ``CommandFailure`` (misuse) naming the course, rubric file
  ///   and line at fault, or a rubric of another assignment.
  static func loadRubric(
    of name: String, _ options: AssignmentOptions, near submission: URL,
    currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(CommandFailure) -> Rubric {
    let rubric: Rubric
    if let rubricPath = options.rubric {
      rubric = try loadRubric(
        at: URL(fileURLWithPath: rubricPath, relativeTo: currentDirectory).standardizedFileURL,
        displayPath: rubricPath)
    } else {
      let course = try locateCourse(options.course, near: submission, currentDirectory, environment)
      let assignment: CourseAssignment
      do {
        assignment = try course.assignment(named: name)
      } catch {
        throw .misuse("\(error.message) in the course at \(course.root.path)")
      }
      rubric = try loadRubric(
        at: assignment.rubric, displayPath: displayPath(assignment.rubric, from: currentDirectory))
    }
    guard rubric.assignment == name else {
      throw .misuse("\(rubric.source) is the rubric of assignment '\(rubric.assignment)', not '\(name)'")
    }
    return rubric
  }

  /// The course: the `--course` folder, `$DESCENT_COURSE_ROOT`, or the first
  /// course folder above the submission, the current folder or the executable.
  private static func locateCourse(
    _ explicit: String?, near submission: URL, _ currentDirectory: URL, _ environment: [String: String]
  ) throws(CommandFailure) -> CourseLayout {
    do {
      if explicit == nil, environment[CourseLayout.environmentVariable] == nil,
        let besideSubmission = try? CourseLayout.locate(
          environment: [:], currentDirectory: submission, executable: nil)
      {
        return besideSubmission
      }
      return try CourseLayout.locate(
        explicitRoot: explicit, environment: environment, currentDirectory: currentDirectory)
    } catch {
      throw .misuse(error.message.replacingOccurrences(of: "--course-root", with: "--course"))
    }
  }

  private static func loadRubric(at url: URL, displayPath: String) throws(CommandFailure) -> Rubric {
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw .misuse("rubric file \(displayPath) does not exist")
    }
    do {
      return try RubricLoader.load(contentsOf: url, displayPath: displayPath)
    } catch {
      throw .misuse(error.description)
    }
  }

  /// The submission must be a folder with Swift files, and not the course itself.
  private static func checkSubmission(_ folder: URL, typed: String, gradesEmptyFolders: Bool) throws(CommandFailure) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
      throw .misuse("submission folder \(typed) does not exist")
    }
    guard isDirectory.boolValue else {
      throw .misuse("submission \(typed) is a file; pass the folder holding your .swift files")
    }
    if (try? CourseLayout(root: folder)) != nil {
      throw .misuse(
        "\(typed) is the course folder, not a submission; pass your submission folder"
          + " (e.g. assignments/<name>/starter)")
    }
    // A grade reports a folder of no known layout as a build failure (the
    // student's hand-in is at fault, not the command); a self-check refuses it.
    guard !gradesEmptyFolders else { return }
    let sources: URL
    do {
      sources = try SubmissionLayout.sourceFolder(of: folder)
    } catch {
      throw .misuse("\(typed): \(error.message)")
    }
    guard containsSwiftFile(sources) else {
      throw .misuse("submission folder \(typed) holds no .swift files")
    }
  }

  private static func containsSwiftFile(_ folder: URL) -> Bool {
    let enumerator = FileManager.default.enumerator(
      at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles, .skipsPackageDescendants])
    while let next = enumerator?.nextObject() as? URL {
      if next.pathExtension == "swift" { return true }
    }
    return false
  }

  /// `path` relative to `directory` when inside it, else absolute: what messages show.
  private static func displayPath(_ url: URL, from directory: URL) -> String {
    let base = directory.standardizedFileURL.path
    let path = url.standardizedFileURL.path
    return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
  }
}
