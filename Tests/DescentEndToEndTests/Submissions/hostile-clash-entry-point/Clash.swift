import DescentContract

// HOSTILE: the name of the grader's generated entry point, a module-level
// `main`, and a type named after this module.

/// Shares its name with the grader's entry point.
enum DescentHarnessEntryPoint {
  /// Would be the program's start if the grader's were not.
  static func main() { print("not the grader's entry point") }
}

/// A module-level function named `main`.
func main() -> Int { 42 }

/// A type named like the module the grader compiles submissions into.
struct Submission {
  /// Unused.
  var name = "clash"
}
