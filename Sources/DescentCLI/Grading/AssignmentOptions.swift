import ArgumentParser
import Foundation

/// The options `descent grade` and `descent check` share: which assignment,
/// in which course, graded by which rubric.
///
/// `--assignment` is optional to the parser so that a missing one is
/// reported like every other misuse: one line, exit status 2. Each command
/// also collects unrecognized arguments (declared last, after its
/// positional arguments) for the same reason.
struct AssignmentOptions: ParsableArguments {
  @Option(help: ArgumentHelp("The assignment, as in the course's rubrics/<name>.yaml.", valueName: "name"))
  var assignment: String?

  @Option(
    help: ArgumentHelp(
      "The course folder, holding rubrics/ and assignments/ (default: $DESCENT_COURSE_ROOT, else found by"
        + " walking up from the submission and the current folder).",
      valueName: "dir"))
  var course: String?

  @Option(
    help: ArgumentHelp(
      "A rubric file to grade with instead of the course's rubrics/<name>.yaml; its `assignment:` must match.",
      valueName: "file"))
  var rubric: String?
}

extension AssignmentOptions {
  /// `--course` and `--rubric` as given, with paths made absolute against
  /// `directory`: how a batch passes them on to the `descent grade` it runs
  /// for each student.
  func absoluteArguments(from directory: URL) -> [String] {
    var arguments: [String] = []
    if let course { arguments += ["--course", URL(fileURLWithPath: course, relativeTo: directory).path] }
    if let rubric { arguments += ["--rubric", URL(fileURLWithPath: rubric, relativeTo: directory).path] }
    return arguments
  }
}
