import Foundation

/// Writes the PrairieLearn external grader of one assignment, a folder to
/// build as the question's grading image:
///
/// ```
/// Dockerfile                      Swift image + the engine built in release + the course
/// run_grader                      grades /grade/student, writes /grade/results/results.json
/// engine/…  course/…              as in the Gradescope package
/// ```
///
/// The question's `info.json` names the image and `/descent/run_grader` as
/// its entrypoint (the folder's README.md shows how).
public struct PrairieLearnPackage: Sendable {
  /// The course the grader is cut from.
  public var course: CourseLayout
  /// The assignment.
  public var assignment: CourseAssignment
  /// The Swift container image the grader is built on.
  public var swiftImage: String
  /// The limits run_grader passes to `descent grade`.
  public var limits: GradingLimits

  /// Prepares the grader of `assignmentName`.
  ///
  /// - Throws: ``CourseError`` when the course has no such assignment.
  public init(
    course: CourseLayout, assignmentName: String, swiftImage: String = KitWorkflows.defaultSwiftImage,
    limits: GradingLimits = .none
  ) throws(CourseError) {
    self.course = course
    assignment = try course.assignment(named: assignmentName)
    self.swiftImage = swiftImage
    self.limits = limits
  }

  /// Writes the folder to `destination` (which must not exist or be empty); returns the number of files.
  @discardableResult
  public func write(to destination: URL) throws(KitError) -> Int {
    try StagedDirectory.checkWritable(destination)
    var entries = [
      ArchiveEntry(path: "Dockerfile", text: PrairieLearnScripts.dockerfile(image: swiftImage)),
      ArchiveEntry(
        path: "run_grader", text: PrairieLearnScripts.runGrader(assignment: assignment.name, limits: limits),
        isExecutable: true),
      ArchiveEntry(path: "README.md", text: PrairieLearnScripts.readme(assignment: assignment.name)),
    ]
    entries += try GraderImage.sources(course: course, assignment: assignment)
    return try StagedDirectory.write(entries, to: destination)
  }
}
