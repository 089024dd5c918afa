/// The text of a kit's files that are generated rather than copied: its
/// `Package.swift`, the self-check's `main.swift` and `.gitignore`.
public enum KitPackageManifest {
  /// The kit's `Package.swift`: the contract modules, the student's
  /// `Submission` target and the `selfcheck` executable; no dependencies
  /// to fetch, so the kit builds offline.
  ///
  /// - Parameter packageName: the SwiftPM package name (the assignment's).
  public static func packageSwift(packageName: String) -> String {
    var targets: [String] = []
    for module in KitModule.contract {
      targets.append("    .target(name: \(quoted(module.name))\(dependencyList(module.dependencies))),")
    }
    let submission = KitModule.submissionModule
    let selfCheck = KitModule.selfCheckExecutable
    return """
      // swift-tools-version: 6.0
      //
      // Your assignment's package. Your code lives in Sources/\(submission)/;
      // everything else is the course's contract and self-check, shipped as
      // source so that this package builds offline with no dependencies.
      //
      //   swift run \(selfCheck)          checks your code against the visible items
      //   swift run \(selfCheck) --help   shows its options
      import PackageDescription

      let package = Package(
        name: \(quoted(packageName)),
        platforms: [.macOS(.v14)],
        products: [
          .executable(name: \(quoted(selfCheck)), targets: [\(quoted(selfCheck))]),
        ],
        targets: [
      \(targets.joined(separator: "\n"))
          // Your code: the grader compiles these same files as the module `\(submission)`, outside the
          // course's package, so it sees only what the contract makes public (hence packageAccess: false).
          .target(name: \(quoted(submission)), dependencies: ["DescentContract"], packageAccess: false),
          .executableTarget(name: \(quoted(selfCheck)), dependencies: ["DescentSelfCheck", \(quoted(submission))]),
        ]
      )

      """
  }

  /// `Sources/selfcheck/main.swift`: hands the student's catalog to the self-check.
  public static let selfCheckMain = """
    // The self-check's entry point: do not edit. Run it with `swift run \(KitModule.selfCheckExecutable)`.
    import DescentSelfCheck
    import \(KitModule.submissionModule)

    SelfCheck.main(catalog: descentSubmission, packageSource: #filePath)

    """

  /// `.gitignore`: build products and the self-check's reports.
  public static let gitignore = """
    .build/
    .swiftpm/
    \(KitWorkflows.reportFolder)/

    """

  private static func dependencyList(_ dependencies: [String]) -> String {
    dependencies.isEmpty ? "" : ", dependencies: [\(dependencies.map(quoted).joined(separator: ", "))]"
  }

  private static func quoted(_ text: String) -> String { "\"\(text)\"" }
}
