import Foundation

/// Writes the folder that builds the container image for grading a class on
/// a cluster (`descent batch --emit kubernetes`):
///
/// ```
/// Dockerfile        Swift image + bubblewrap + Descent in release, `descent` on the PATH,
///                   the course at /descent/course ($DESCENT_COURSE_ROOT)
/// README.md         build, push, emit, apply, merge
/// engine/…  course/…
/// ```
public struct ClusterImagePackage: Sendable {
  /// The course the image is cut from.
  public var course: CourseLayout
  /// The assignment.
  public var assignment: CourseAssignment
  /// The Swift container image to start from.
  public var swiftImage: String

  /// Prepares the image folder of `assignmentName`.
  ///
  /// - Throws: ``CourseError`` when the course has no such assignment.
  public init(course: CourseLayout, assignmentName: String, swiftImage: String = KitWorkflows.defaultSwiftImage)
    throws(CourseError)
  {
    self.course = course
    assignment = try course.assignment(named: assignmentName)
    self.swiftImage = swiftImage
  }

  /// The Dockerfile.
  public var dockerfile: String {
    GraderImage.dockerfile(
      swiftImage: swiftImage, title: "The grading image of the Descent assignment \(assignment.name), for a cluster.",
      usage: [
        "docker build -t <registry>/descent-\(assignment.name) . && docker push <registry>/descent-\(assignment.name)",
        "then: descent batch … --emit kubernetes --image <registry>/descent-\(assignment.name)",
      ])
  }

  /// The README: the whole run, from building the image to the merged gradebook.
  public var readme: String {
    let name = assignment.name
    return """
      # Grading image for `\(name)`

      `descent` is on the image's `PATH` and finds the course at `/descent/course`, so a pod runs
      `descent batch --assignment \(name) …` with no other option. The submissions and the output live
      on a volume the job mounts (a persistent volume claim), never in the image.

      ```sh
      docker build -t <registry>/descent-\(name) . && docker push <registry>/descent-\(name)
      # Put the submissions on the claim's volume (one folder per student), e.g. in /grading/submissions.
      descent batch --assignment \(name) --submissions submissions --out results --slices 8 \\
        --emit kubernetes --image <registry>/descent-\(name) --claim descent-grading --mount-path /grading \\
        --emit-to job.yaml
      kubectl apply -f job.yaml
      kubectl wait --for=condition=complete job/descent-\(name) --timeout=6h
      # Then, anywhere the volume is mounted (a pod of the same image, or a machine with descent):
      descent batch --merge /grading/results/slice-* --out /grading/results/merged
      ```

      Relative `--submissions` and `--out` are taken from the mount path; absolute ones must lie under it
      (the job refuses to write results where no one would find them). Each pod asks for `--jobs` CPUs.

      """
  }

  /// Writes the folder to `destination` (which must not exist or be empty); returns the number of files.
  @discardableResult
  public func write(to destination: URL) throws(KitError) -> Int {
    try StagedDirectory.checkWritable(destination)
    let entries =
      [ArchiveEntry(path: "Dockerfile", text: dockerfile), ArchiveEntry(path: "README.md", text: readme)]
      + (try GraderImage.sources(course: course, assignment: assignment))
    return try StagedDirectory.write(entries, to: destination)
  }
}
