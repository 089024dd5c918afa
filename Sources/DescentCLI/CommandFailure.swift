import ArgumentParser
import Foundation

/// Why a `descent` command (`grade`, `check`, `batch`, `kit`, `package`)
/// stopped without doing its job, in one line for the person who must act:
/// it names the option, assignment, folder, rubric file and line, or output
/// file at fault.
///
/// The exit statuses of those commands:
/// - 0: done. `grade` graded the submission, whatever its score; `check`
///   found every visible item passing.
/// - 1: done, with something to look at: a visible item failed (`check`),
///   some students could not be graded (`batch`). See ``needsAttention``.
/// - 2: ``Kind/misuse``: the person's input is at fault (an unknown option
///   or assignment, a missing folder, a bad rubric or limit, an output
///   path that cannot be written: a report, a kit, a package, a job
///   script, a batch's results).
/// - 3: ``Kind/graderUnavailable``: the grader itself cannot work here (no
///   student runtime or compiler, a failure of the grader's own).
///
/// Statuses 2 and 3 come with one line on standard error, `descent: error: …`
/// (see ``reporting(_:)``). The argument parser's own misuse reports (an
/// unknown option, a missing value) end the same way, from `Descent.main()`.
/// `descent reference` keeps its own conventions (``ReferenceFailure``).
struct CommandFailure: Error, CustomStringConvertible {
  /// Whose fault it is, which sets the exit status.
  enum Kind: Sendable {
    /// The command was used wrongly; the person can fix it. Exit status 2.
    case misuse
    /// The grader itself cannot work here; the person cannot fix it by
    /// changing the command. Exit status 3.
    case graderUnavailable

    /// 2 for misuse, 3 for a grader that cannot work.
    var exitCode: ExitCode {
      switch self {
      case .misuse: ExitCode(2)
      case .graderUnavailable: ExitCode(3)
      }
    }
  }

  /// Misuse or a grader that cannot work.
  var kind: Kind
  /// What is wrong and, where it helps, what to do.
  var message: String

  /// Misuse of the command (exit 2).
  static func misuse(_ message: String) -> CommandFailure {
    CommandFailure(kind: .misuse, message: message)
  }

  /// A grader that cannot work here (exit 3).
  static func unavailable(_ message: String) -> CommandFailure {
    CommandFailure(kind: .graderUnavailable, message: message)
  }

  var description: String { message }

  /// Exit status 1: the command did its job and found something to look at
  /// (a failing visible item, students the batch could not grade).
  static let needsAttention = ExitCode(1)

  /// Runs `body`, turning a failure into one line on standard error and its
  /// exit status: a ``CommandFailure`` by its kind; any other error (the
  /// engine's typed errors about the course, kit, batch or a file: all the
  /// person's to fix) as misuse. A thrown `ExitCode` passes through.
  static func reporting<T>(_ body: () async throws -> T) async throws -> T {
    do {
      return try await body()
    } catch {
      throw exitCode(reporting: error)
    }
  }

  /// The same, for commands that do not suspend.
  static func reporting<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw exitCode(reporting: error)
    }
  }

  /// Prints `message` on one line of standard error, `descent: error: …`.
  static func report(_ message: String) {
    let line = message.split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
    FileHandle.standardError.write(Data("descent: error: \(line)\n".utf8))
  }

  /// Reports `error` (unless it is already an exit status) and returns the status to exit with.
  private static func exitCode(reporting error: any Error) -> ExitCode {
    if let exit = error as? ExitCode { return exit }
    if let failure = error as? CommandFailure {
      report(failure.message)
      return failure.kind.exitCode
    }
    report(String(describing: error))
    return Kind.misuse.exitCode
  }
}
