import Foundation

/// A course folder: `rubrics/<assignment>.yaml` for each assignment and
/// `assignments/<assignment>/` with its starter code.
///
/// ``locate(explicitRoot:environment:currentDirectory:executable:)`` finds it from, in order, the
/// `--course-root` flag, `$DESCENT_COURSE_ROOT`, the current directory and
/// its parents, and the executable's folder and its parents.
public struct CourseLayout: Sendable, Equatable {
  /// The folder holding `rubrics/` and `assignments/`.
  public var root: URL

  /// The environment variable naming the course folder.
  public static let environmentVariable = "DESCENT_COURSE_ROOT"

  /// A layout rooted at `root`, which must hold `rubrics/` and `assignments/`.
  ///
  /// - Throws: ``CourseError`` when it does not.
  public init(root: URL) throws(CourseError) {
    guard Self.isCourseRoot(root) else {
      throw CourseError("\(root.path) is not a course folder (it needs rubrics/ and assignments/)")
    }
    self.root = root.standardizedFileURL
  }

  /// Finds the course folder.
  ///
  /// - Parameters:
  ///   - explicitRoot: the `--course-root` flag, which wins when given.
  ///   - environment: the process environment (`DESCENT_COURSE_ROOT`).
  ///   - currentDirectory: where to start walking up.
  ///   - executable: the running executable, whose folders are searched last.
  /// - Throws: ``CourseError`` saying what was tried.
  public static func locate(
    explicitRoot: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    executable: URL? = Bundle.main.executableURL
  ) throws(CourseError) -> CourseLayout {
    if let explicitRoot {
      return try CourseLayout(root: URL(fileURLWithPath: explicitRoot, relativeTo: currentDirectory))
    }
    if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty {
      do {
        return try CourseLayout(root: URL(fileURLWithPath: fromEnvironment, relativeTo: currentDirectory))
      } catch {
        throw CourseError(
          "\(environmentVariable)=\(fromEnvironment) is not a course folder (it needs rubrics/ and assignments/)")
      }
    }
    var starts = [currentDirectory]
    if let executable { starts.append(executable.resolvingSymlinksInPath().deletingLastPathComponent()) }
    for start in starts {
      var folder = start.standardizedFileURL
      while true {
        if isCourseRoot(folder) { return try CourseLayout(root: folder) }
        let parent = folder.deletingLastPathComponent()
        if parent.path == folder.path { break }
        folder = parent
      }
    }
    throw CourseError(
      "no course folder found from \(currentDirectory.path): pass --course-root DIR or set \(environmentVariable)"
        + " to a folder holding rubrics/ and assignments/")
  }

  /// The assignments that have a rubric, sorted.
  public var availableAssignments: [String] {
    let rubrics = root.appendingPathComponent("rubrics")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: rubrics.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
  }

  /// The assignment called `name`.
  ///
  /// - Throws: ``CourseError`` listing the available assignments when there is no `rubrics/<name>.yaml`.
  public func assignment(named name: String) throws(CourseError) -> CourseAssignment {
    let valid = !name.isEmpty && !name.contains("/") && !name.hasPrefix(".")
    let rubric = root.appendingPathComponent("rubrics").appendingPathComponent("\(name).yaml")
    guard valid, FileManager.default.fileExists(atPath: rubric.path) else {
      let available = availableAssignments
      throw CourseError(
        "unknown assignment '\(name)' (available: \(available.isEmpty ? "none" : available.joined(separator: ", ")))")
    }
    return CourseAssignment(
      name: name, rubric: rubric, folder: root.appendingPathComponent("assignments").appendingPathComponent(name))
  }

  private static func isCourseRoot(_ folder: URL) -> Bool {
    isDirectory(folder.appendingPathComponent("rubrics")) && isDirectory(folder.appendingPathComponent("assignments"))
  }

  private static func isDirectory(_ url: URL) -> Bool {
    var flag: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
  }
}
