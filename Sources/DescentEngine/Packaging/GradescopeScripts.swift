/// Gradescope's two entry points, as text.
///
/// Gradescope unpacks the autograder zip into `/autograder/source`, runs
/// `setup.sh` there once when it builds the image, then, for every
/// submission, copies `run_autograder` to `/autograder/run_autograder`
/// and runs it with the student's files in `/autograder/submission`.
/// `$DESCENT_AUTOGRADER_ROOT` replaces `/autograder` in both.
public enum GradescopeScripts {
  /// `setup.sh`: installs the toolchain's needs and builds the engine.
  public static func setup(swiftVersion: String) -> String {
    """
    #!/usr/bin/env bash
    # Gradescope runs this once, when it builds the autograder's image:
    # installs what Swift needs on Gradescope's Ubuntu image, the Swift
    # toolchain when it is absent, and builds the grading engine in release.
    set -euo pipefail
    ROOT="${\(AutograderLayout.rootVariable):-/autograder}"

    \(ToolchainSetupScript.commands(swiftVersion: swiftVersion, engineFolder: "\"$ROOT/source/\(AutograderLayout.engineFolder)\""))

    """
  }

  /// `run_autograder`: grades the submission with every rubric item and
  /// writes `results/results.json`; if the grader itself fails, it still
  /// writes a results file that says so, so Gradescope never shows a bare error.
  /// `limits` are passed on to `descent grade`; with `figures`, each test's
  /// output is HTML with the item's figures.
  public static func runAutograder(assignment: String, limits: GradingLimits = .none, figures: Bool = false)
    -> String
  {
    let executable = AutograderLayout.executableVariable
    return """
      #!/usr/bin/env bash
      # Gradescope runs this for every submission: grades the files in
      # /autograder/submission against every item of the rubric (hidden and
      # after-due-date items included; Gradescope shows each by its visibility)
      # and writes /autograder/results/results.json.
      set -uo pipefail
      ASSIGNMENT=\(ShellQuoting.quoted(assignment))
      ROOT="${\(AutograderLayout.rootVariable):-/autograder}"
      SOURCE="$ROOT/source"
      RESULTS="$ROOT/results/results.json"
      export PATH="\(AutograderLayout.toolchainFolder)/usr/bin:$PATH"
      DESCENT="${\(executable):-$SOURCE/\(AutograderLayout.engineFolder)/.build/release/descent}"

      # Bare files, a folder of them or a clone of the student kit: descent
      # grade recognizes each layout itself.
      SUBMISSION="$ROOT/submission"

      mkdir -p "$ROOT/results"
      "$DESCENT" grade --assignment "$ASSIGNMENT" --course "$SOURCE/\(AutograderLayout.courseFolder)" \\
        --submission "$SUBMISSION" --results-json "$RESULTS" --audience student\(limits.shellSuffix)\(figures ? " --gradescope-figures" : "")
      status=$?
      if [ "$status" -ne 0 ]; then
        # A failure of the grader is not a grade: no score, and a non-zero exit
        # so that Gradescope shows the autograder as failed, not a zero.
        echo "run_autograder: descent grade exited with status $status" >&2
        cat > "$RESULTS" <<JSON
      {"output": "The autograder could not grade this submission (descent grade exited with status $status). This is not your code's fault and no score was recorded: please tell your instructor.", "tests": []}
      JSON
        exit "$status"
      fi
      exit 0

      """
  }
}

extension GradingLimits {
  /// ``arguments`` as text to append to a command line in a generated
  /// script: empty, or a space and the options (plain numbers, no quoting needed).
  var shellSuffix: String {
    arguments.isEmpty ? "" : " " + arguments.joined(separator: " ")
  }
}

/// Quoting for values baked into generated shell scripts.
enum ShellQuoting {
  /// `text` in single quotes, any single quote inside escaped.
  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
