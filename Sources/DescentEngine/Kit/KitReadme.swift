/// The kit's `README.md`: the assignment's own README, then a section on
/// using the kit (where the code goes, how to self-check, what CI does).
///
/// Passages of the assignment's README that speak of the course
/// repository (its folders, the `descent` command) sit between
/// `<!-- course-only -->` and `<!-- /course-only -->` and are left out of
/// the kit; their kit wording sits in a comment, `<!-- kit-only` … `-->`,
/// which the course's README hides and the kit's shows.
public enum KitReadme {
  /// The README for `manifest`'s assignment.
  ///
  /// - Parameter assignmentReadme: the course's `assignments/<name>/README.md`, when there is one.
  public static func text(assignmentReadme: String?, title: String, visibleItems: Int, withheldItems: Int) -> String {
    var text = assignmentReadme.map(kitWording) ?? "# \(title)\n"
    if !text.hasSuffix("\n") { text += "\n" }
    let selfCheck = KitModule.selfCheckExecutable
    text += """

      ## Using this kit

      Your code goes in `Sources/\(KitModule.submissionModule)/`: the grader compiles exactly the `.swift`
      files of that folder. Everything else in `Sources/` is the course's contract and self-check; do not
      edit it.

      ```
      swift run \(selfCheck)                 # checks every visible item
      swift run \(selfCheck) --item ID       # checks one item
      swift run \(selfCheck) --html report.html   # also writes a page with a figure of each item
      swift run \(selfCheck) --help          # all options
      ```

      The self-check runs the \(visibleItems) visible items against your code, each in its own process,
      and explains every failure: the first step where your numbers leave the reference's, expected and
      got, the classic mistake they match, and the item's hint. It exits with status 1 while a visible
      item does not pass. The \(withheldItems) hidden and after-due-date items are graded after you
      submit; the self-check lists their points only.

      Pushing this folder to GitHub or GitLab runs the same self-check on every push
      (`\(KitWorkflows.githubPath)`, `\(KitWorkflows.gitlabPath)`): each item becomes a test in the
      pipeline's test report, the feedback appears on the run's summary page, and the job fails while a
      visible item does not pass.

      """
    return text
  }

  /// `readme` with its course-only passages dropped and its kit-only
  /// passages shown.
  public static func kitWording(_ readme: String) -> String {
    var kept: [Substring] = []
    var inCourseOnly = false
    var inKitOnly = false
    for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
      switch line.trimmingCharacters(in: .whitespaces) {
      case "<!-- course-only -->": inCourseOnly = true
      case "<!-- /course-only -->": inCourseOnly = false
      case "<!-- kit-only": inKitOnly = true
      case "-->" where inKitOnly: inKitOnly = false
      default: if !inCourseOnly { kept.append(line) }
      }
    }
    return kept.joined(separator: "\n")
  }
}
