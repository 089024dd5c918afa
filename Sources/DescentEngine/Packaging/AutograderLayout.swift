/// Where an autograder package puts things, relative to the folder the
/// platform unpacks it into (Gradescope's `/autograder/source`), and the
/// environment variables its scripts read.
///
/// ```
/// setup.sh  run_autograder          the platform's entry points
/// engine/Package.swift …            the engine's sources, built by setup.sh
/// course/rubrics/<name>.yaml        the assignment's rubric, every item
/// course/assignments/<name>/README.md
/// ```
public enum AutograderLayout {
  /// The engine's package folder.
  public static let engineFolder = "engine"
  /// The course folder (`--course` for `descent grade`).
  public static let courseFolder = "course"
  /// Overrides `/autograder` (Gradescope) or `/grade` (PrairieLearn), so a
  /// test can run the scripts in a fake tree under a temporary folder.
  public static let rootVariable = "DESCENT_AUTOGRADER_ROOT"
  /// A `descent` executable to use instead of the one setup.sh builds.
  public static let executableVariable = "DESCENT_EXECUTABLE"
  /// Set to 1 to make setup.sh install and build nothing.
  public static let skipSetupVariable = "DESCENT_SKIP_SETUP"
  /// The Swift release setup.sh installs when no `swift` is on the PATH.
  public static let defaultSwiftVersion = "6.3.1"
  /// Where setup.sh installs that toolchain.
  public static let toolchainFolder = "/opt/swift"
}
