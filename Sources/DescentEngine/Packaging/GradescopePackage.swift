import Foundation

/// Writes the Gradescope autograder zip for one assignment:
///
/// ```
/// setup.sh                              installs Swift's needs and the toolchain, builds the engine
/// run_autograder                        grades /autograder/submission, writes results/results.json
/// engine/…                              the engine's sources (Package.swift, Sources/; tests as placeholders)
/// course/rubrics/<name>.yaml            the rubric, hidden items included
/// course/assignments/<name>/README.md   the assignment's README
/// ```
///
/// The instructor's solution is never packed: the grader needs only the
/// rubric, and computes every expected number from the reference.
public struct GradescopePackage: Sendable {
  /// The course the package is cut from.
  public var course: CourseLayout
  /// The assignment.
  public var assignment: CourseAssignment
  /// The Swift release setup.sh installs when none is present.
  public var swiftVersion: String
  /// The limits run_autograder passes to `descent grade`.
  public var limits: GradingLimits
  /// Whether tests' outputs are HTML with each item's figures.
  public var figures = false

  /// Prepares the package of `assignmentName`.
  ///
  /// - Throws: ``CourseError`` when the course has no such assignment.
  public init(
    course: CourseLayout, assignmentName: String, swiftVersion: String = AutograderLayout.defaultSwiftVersion,
    limits: GradingLimits = .none
  ) throws(CourseError) {
    self.course = course
    assignment = try course.assignment(named: assignmentName)
    self.swiftVersion = swiftVersion
    self.limits = limits
  }

  /// Every file of the package.
  ///
  /// - Throws: ``KitError`` naming the file or folder that cannot be read.
  public func entries() throws(KitError) -> [ArchiveEntry] {
    var entries = [
      ArchiveEntry(path: "setup.sh", text: GradescopeScripts.setup(swiftVersion: swiftVersion), isExecutable: true),
      ArchiveEntry(
        path: "run_autograder",
        text: GradescopeScripts.runAutograder(assignment: assignment.name, limits: limits, figures: figures),
        isExecutable: true),
    ]
    entries += try GraderImage.sources(course: course, assignment: assignment)
    return entries
  }

  /// Writes the zip to `destination`, replacing it atomically; returns the number of files.
  @discardableResult
  public func write(to destination: URL) throws(KitError) -> Int {
    let entries = try entries()
    try PackageArchive.write(entries, to: destination)
    return entries.count
  }
}

/// The course files an autograder package carries for one assignment: its
/// rubric (checked to load, so a broken rubric fails here and not on the
/// platform) and its README (a stub when there is none, so that the
/// package always holds a course folder). Never the solution.
public enum CourseSources {
  /// The entries, below `prefix` (`course/`).
  ///
  /// - Throws: ``KitError`` naming the rubric when it does not load.
  public static func entries(assignment: CourseAssignment, prefix: String) throws(KitError) -> [ArchiveEntry] {
    do {
      _ = try assignment.loadRubric()
    } catch {
      throw KitError("\(error)")
    }
    var entries = [
      ArchiveEntry(path: "\(prefix)\(assignment.rubricDisplayPath)", data: try EngineSources.read(assignment.rubric))
    ]
    // The README always goes in, a stub when the course has none: the
    // platform's grader needs `course/assignments/` to recognize the course.
    let readme =
      FileManager.default.fileExists(atPath: assignment.readme.path)
      ? try EngineSources.read(assignment.readme)
      : Data("# \(assignment.name)\n\nThe course folder has no README for this assignment.\n".utf8)
    entries.append(ArchiveEntry(path: "\(prefix)\(assignment.readmeDisplayPath)", data: readme))
    return entries
  }
}
