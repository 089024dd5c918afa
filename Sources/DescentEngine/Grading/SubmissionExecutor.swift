import Foundation

/// What the grader needs from the machinery that compiles a submission and
/// runs requests in the student's contained process. The engine's own
/// implementation is ``ContainedExecutor``; tests substitute canned answers.
public protocol SubmissionExecutor: Sendable {
  /// A compiled submission, ready to run.
  associatedtype Program: Sendable

  /// How the student's process is contained on this machine, in one line.
  var isolationSummary: String { get }

  /// Compiles the submission in `folder`.
  ///
  /// - Throws: only when the grader itself cannot work (no toolchain, no
  ///   scratch space); a submission that does not compile is a
  ///   ``CompilationOutcome/failed(diagnostics:seconds:)`` value.
  func compile(submissionAt folder: URL) async throws -> CompilationOutcome<Program>

  /// Runs `requests` in order in the student's process and returns one
  /// record per request.
  func run(_ requests: [GradingPlan.PlannedRequest], in program: Program) async -> [RunRecord]

  /// Whether compiling the submission in `folder` would reuse a program
  /// compiled before (a regrade), so that a batch need not wait for a
  /// compile slot to grade it.
  func hasCompiledProgram(forSubmissionAt folder: URL) -> Bool
}

extension SubmissionExecutor {
  /// No program is kept between compilations.
  public func hasCompiledProgram(forSubmissionAt folder: URL) -> Bool { false }
}

/// Whether a submission compiled.
public enum CompilationOutcome<Program: Sendable>: Sendable {
  /// It compiled; `diagnostics` holds any warnings.
  case compiled(Program, diagnostics: String, seconds: Double)
  /// It did not; `diagnostics` holds the compiler's errors (file:line).
  case failed(diagnostics: String, seconds: Double)
}
