/// The continuous-integration files a kit carries, so that a course repo
/// built from it checks every push: a GitHub Actions workflow and a GitLab
/// CI job. Both build the kit, run the self-check over the visible items,
/// publish its JUnit XML as a test report and its HTML report (the feedback
/// with figures) as an artifact, and fail when a visible item does not pass
/// (the self-check's exit status 1).
public enum KitWorkflows {
  /// Where the GitHub Actions workflow goes, relative to the kit's root.
  public static let githubPath = ".github/workflows/descent.yml"
  /// Where the GitLab CI job goes, relative to the kit's root.
  public static let gitlabPath = ".gitlab-ci.yml"
  /// The folder, relative to the kit's root, that CI writes its reports into.
  public static let reportFolder = "descent-report"
  /// The JUnit XML report CI publishes.
  public static let junitPath = "\(reportFolder)/junit.xml"
  /// The Markdown feedback GitLab keeps as an artifact (GitHub appends it to the job summary instead).
  public static let markdownPath = "\(reportFolder)/feedback.md"
  /// The HTML report, with a figure of each item, kept as an artifact.
  public static let htmlPath = "\(reportFolder)/report.html"
  /// The container image with the Swift toolchain that CI builds in.
  public static let defaultSwiftImage = "swift:6.3"

  /// The command that builds the self-check (and with it the student's code).
  static let buildCommand = "swift build --product \(KitModule.selfCheckExecutable)"

  /// The command that runs the self-check and writes its reports.
  static func checkCommand(markdown: String) -> String {
    "swift run --skip-build \(KitModule.selfCheckExecutable) --no-color --junit \(junitPath) --markdown \(markdown)"
      + " --html \(htmlPath)"
  }

  /// `.github/workflows/descent.yml`.
  ///
  /// - Parameter image: the Swift container image the job runs in.
  public static func github(image: String = defaultSwiftImage) -> String {
    """
    # Checks your code against the assignment's visible items on every push.
    # The job fails when a visible item does not pass. The feedback is on the
    # run's summary page, every item is a test in the "Descent self-check"
    # report, and the "descent-report" artifact holds report.html: the feedback
    # with a figure of each item (download it and open it in a browser).
    # Hidden items are graded after you submit; they are not run here.
    name: Descent self-check

    on:
      push:
      pull_request:
      workflow_dispatch:

    permissions:
      contents: read
      checks: write

    defaults:
      run:
        shell: bash

    jobs:
      selfcheck:
        runs-on: ubuntu-latest
        container: \(image)
        steps:
          - uses: actions/checkout@v4
          - name: Build
            run: \(buildCommand)
          - name: Self-check
            run: \(checkCommand(markdown: "\"$GITHUB_STEP_SUMMARY\""))
          - name: Test report
            if: ${{ !cancelled() }}
            uses: mikepenz/action-junit-report@v5
            with:
              report_paths: \(junitPath)
              check_name: Descent self-check
              require_tests: false
          - name: Keep the reports
            if: ${{ !cancelled() }}
            uses: actions/upload-artifact@v4
            with:
              name: descent-report
              path: \(reportFolder)/
              if-no-files-found: ignore

    """
  }

  /// `.gitlab-ci.yml`.
  ///
  /// - Parameter image: the Swift container image the job runs in.
  public static func gitlab(image: String = defaultSwiftImage) -> String {
    """
    # Checks your code against the assignment's visible items on every push.
    # The job fails when a visible item does not pass. Every item is a test in
    # the pipeline's "Tests" tab; the feedback is kept as descent-report/feedback.md
    # and descent-report/report.html (with a figure of each item).
    # Hidden items are graded after you submit; they are not run here.
    descent-selfcheck:
      image: \(image)
      script:
        - \(buildCommand)
        - \(checkCommand(markdown: markdownPath))
      artifacts:
        when: always
        expose_as: "Descent self-check feedback"
        paths:
          - \(reportFolder)/
        reports:
          junit: \(junitPath)

    """
  }
}
