/// The modules a student kit ships as source, copied from the course's own
/// `Sources/`, with the dependencies its `Package.swift` declares.
///
/// This is the student-facing side of the module graph only: the contract
/// the student's code compiles against, the harness that calls it, and the
/// judging and report code the self-check runs. The reference and the
/// engine are never among them, so a kit cannot leak how the grader
/// computes its numbers.
public struct KitModule: Sendable, Equatable {
  /// The target's name, also its folder under `Sources/`.
  public var name: String
  /// The targets it depends on, all of them kit modules.
  public var dependencies: [String]

  /// Creates a module entry.
  public init(name: String, dependencies: [String]) {
    self.name = name
    self.dependencies = dependencies
  }

  /// Every module a kit ships, dependencies before dependents.
  public static let contract: [KitModule] = [
    KitModule(name: "DescentCore", dependencies: []),
    KitModule(name: "DescentContract", dependencies: ["DescentCore"]),
    KitModule(name: "DescentWire", dependencies: ["DescentCore"]),
    KitModule(name: "DescentHarness", dependencies: ["DescentContract", "DescentWire"]),
    KitModule(name: "DescentReports", dependencies: []),
    KitModule(name: "DescentJudging", dependencies: ["DescentCore", "DescentWire", "DescentReports"]),
    KitModule(name: "DescentSelfCheck", dependencies: ["DescentJudging", "DescentHarness", "DescentReports"]),
  ]

  /// The module the student's code is compiled as: the same name the
  /// grader gives it (`-module-name Submission`).
  public static let submissionModule = "Submission"

  /// The self-check executable's target and product name (`swift run selfcheck`).
  public static let selfCheckExecutable = "selfcheck"
}
