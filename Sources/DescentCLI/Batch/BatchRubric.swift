import DescentEngine
import Foundation

/// The rubric a batch grades with: `--rubric FILE`, or the course's
/// `rubrics/<assignment>.yaml`, the course found from `--course`,
/// `$DESCENT_COURSE_ROOT`, the submissions folder's parents or the current
/// folder's.
enum BatchRubric {
  /// Loads the rubric of `assignment`.
  ///
  /// - Throws: ``BatchFailure`` (misuse) naming the course, file or line at fault.
  static func load(
    assignment: String, course: String?, rubric: String?, submissions: URL?,
    currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(BatchFailure) -> Rubric {
    let loaded: Rubric
    if let rubric {
      let url = URL(fileURLWithPath: rubric, relativeTo: currentDirectory).standardizedFileURL
      guard FileManager.default.fileExists(atPath: url.path) else {
        throw .misuse("rubric file \(rubric) does not exist")
      }
      loaded = try parse(url, displayPath: rubric)
    } else {
      let layout: CourseLayout
      do {
        if course == nil, environment[CourseLayout.environmentVariable] == nil, let submissions,
          let near = try? CourseLayout.locate(environment: [:], currentDirectory: submissions, executable: nil)
        {
          layout = near
        } else {
          layout = try CourseLayout.locate(
            explicitRoot: course, environment: environment, currentDirectory: currentDirectory)
        }
      } catch {
        throw .misuse(error.message.replacingOccurrences(of: "--course-root", with: "--course"))
      }
      let entry: CourseAssignment
      do {
        entry = try layout.assignment(named: assignment)
      } catch {
        throw .misuse("\(error.message) in the course at \(layout.root.path)")
      }
      loaded = try parse(entry.rubric, displayPath: entry.rubricDisplayPath)
    }
    guard loaded.assignment == assignment else {
      throw .misuse("\(loaded.source) is the rubric of assignment '\(loaded.assignment)', not '\(assignment)'")
    }
    return loaded
  }

  private static func parse(_ url: URL, displayPath: String) throws(BatchFailure) -> Rubric {
    do {
      return try RubricLoader.load(contentsOf: url, displayPath: displayPath)
    } catch {
      throw .misuse(error.description)
    }
  }
}
