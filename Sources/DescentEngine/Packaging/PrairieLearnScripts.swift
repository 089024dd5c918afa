/// The PrairieLearn grader's files, as text. PrairieLearn mounts the
/// student's files at `/grade/student` and reads `/grade/results/results.json`;
/// `$DESCENT_AUTOGRADER_ROOT` replaces `/grade` so a test can run the script
/// in a fake tree.
public enum PrairieLearnScripts {
  /// Where the image holds the grader.
  public static let imageFolder = GraderImage.folder

  /// The image: the Swift toolchain, the engine built in release, the course.
  public static func dockerfile(image: String) -> String {
    GraderImage.dockerfile(
      swiftImage: image, title: "The PrairieLearn external-grading image of a Descent assignment.",
      usage: ["docker build -t <you>/descent-grader .   then push it and name it in info.json."],
      extraSteps: ["RUN chmod +x \(imageFolder)/run_grader"])
  }

  /// The entrypoint: grade (with `limits` passed on to `descent grade`), then
  /// convert Gradescope's results to PrairieLearn's.
  public static func runGrader(assignment: String, limits: GradingLimits = .none) -> String {
    """
    #!/usr/bin/env bash
    # PrairieLearn runs this for every submission: grades /grade/student
    # against every rubric item and writes /grade/results/results.json.
    set -uo pipefail
    ASSIGNMENT=\(ShellQuoting.quoted(assignment))
    HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
    ROOT="${\(AutograderLayout.rootVariable):-/grade}"
    DESCENT="${\(AutograderLayout.executableVariable):-$HERE/\(AutograderLayout.engineFolder)/.build/release/descent}"
    SUBMISSION="$ROOT/student"
    RESULTS="$ROOT/results/results.json"
    mkdir -p "$ROOT/results"
    GRADESCOPE="$(mktemp)"
    "$DESCENT" grade --assignment "$ASSIGNMENT" --course "$HERE/\(AutograderLayout.courseFolder)" \\
      --submission "$SUBMISSION" --results-json "$GRADESCOPE" --audience student\(limits.shellSuffix) \\
      && "$DESCENT" package prairielearn-results --from "$GRADESCOPE" --out "$RESULTS"
    status=$?
    rm -f "$GRADESCOPE"
    if [ "$status" -ne 0 ]; then
      # A failure of the grader is not a grade: not gradable, no score, and a non-zero exit.
      echo "run_grader: descent exited with status $status" >&2
      cat > "$RESULTS" <<JSON
    {"gradable": false, "message": "The grader could not grade this submission (descent exited with status $status). This is not your code's fault and no score was recorded: please tell your instructor.", "output": "", "tests": []}
    JSON
      exit "$status"
    fi
    exit 0

    """
  }

  /// How to wire the grader into a question.
  public static func readme(assignment: String) -> String {
    """
    # PrairieLearn grader for `\(assignment)`

    Build and push the image (`docker build -t <you>/descent-\(assignment) .`), then in the question's
    `info.json`:

    ```json
    "gradingMethod": "External",
    "externalGradingOptions": {
      "enabled": true,
      "image": "<you>/descent-\(assignment)",
      "entrypoint": "\(imageFolder)/run_grader",
      "timeout": 120
    }
    ```

    Students submit their `.swift` files (or their kit's `Sources/Submission/`). Every rubric item is a
    test with its points; the score is the fraction of the rubric's points earned.

    """
  }
}
