/// The container image that grades an assignment: the Swift toolchain,
/// bubblewrap, Descent built in release with `descent` on the `PATH`, and
/// the course at `/descent/course` (`DESCENT_COURSE_ROOT`), so that
/// `descent grade --assignment <name>` and `descent batch --assignment
/// <name>` work in it with no other option. PrairieLearn's grader and the
/// cluster image (``ClusterImagePackage``) are both built from it.
public enum GraderImage {
  /// Where the image holds the package's folder.
  public static let folder = "/descent"

  /// The Dockerfile, with `extraSteps` (Dockerfile lines) after the build.
  ///
  /// - Parameters:
  ///   - swiftImage: the Swift image to start from (`swift:6.3`).
  ///   - title: the first comment line, saying what the image is for.
  ///   - usage: comment lines on how to build and use it.
  public static func dockerfile(swiftImage: String, title: String, usage: [String], extraSteps: [String] = [])
    -> String
  {
    let engine = "\(folder)/\(AutograderLayout.engineFolder)"
    var lines = ["# \(title)"] + usage.map { "#   \($0)" }
    lines += [
      "FROM \(swiftImage)",
      "RUN apt-get update && apt-get install -y --no-install-recommends bubblewrap && rm -rf /var/lib/apt/lists/*",
      "COPY . \(folder)",
      "WORKDIR \(engine)",
      "RUN swift build -c release --product descent && swift build -c release --product DescentStudentRuntime",
      "ENV PATH=\"\(engine)/.build/release:$PATH\" DESCENT_COURSE_ROOT=\"\(folder)/\(AutograderLayout.courseFolder)\"",
    ]
    lines += extraSteps
    lines.append("WORKDIR \(folder)")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The engine's sources and the assignment's course files, under
  /// `engine/` and `course/`.
  public static func sources(course: CourseLayout, assignment: CourseAssignment) throws(KitError) -> [ArchiveEntry] {
    try EngineSources.entries(courseRoot: course.root, prefix: "\(AutograderLayout.engineFolder)/")
      + CourseSources.entries(assignment: assignment, prefix: "\(AutograderLayout.courseFolder)/")
  }
}
