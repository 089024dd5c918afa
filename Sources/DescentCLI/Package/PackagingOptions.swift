import ArgumentParser
import DescentEngine

/// The options `descent kit` and `descent package …` share: which
/// assignment, from which course.
struct PackagingOptions: ParsableArguments {
  @Option(help: ArgumentHelp("The assignment, as in the course's rubrics/<name>.yaml.", valueName: "name"))
  var assignment: String

  @Option(
    help: ArgumentHelp(
      "The course folder, holding rubrics/, assignments/ and Package.swift (default: $DESCENT_COURSE_ROOT,"
        + " else found by walking up from the current folder).",
      valueName: "dir"))
  var course: String?

  /// The course these options name: `--course`, `$DESCENT_COURSE_ROOT`, or the folders around here.
  func courseLayout() throws(CourseError) -> CourseLayout {
    try CourseLayout.locate(explicitRoot: course)
  }
}
