import ArgumentParser
import Foundation

/// Why `descent grade` or `descent check` stopped without a grade, in one
/// line for the person at the command line: it names the assignment,
/// folder, rubric file and line, or output file at fault.
struct GradingFailure: Error, CustomStringConvertible {
  /// How serious it is, which sets the exit status.
  enum Kind {
    /// The command was used wrongly: an unknown assignment, a missing
    /// folder, a bad rubric, an unknown option. Exit status 2.
    case misuse
    /// The grader itself could not work: no student runtime, no compiler,
    /// a report that cannot be written. Exit status 3.
    case graderUnavailable
  }

  /// Misuse or a grader that cannot work.
  var kind: Kind
  /// What is wrong and, where it helps, what to do.
  var message: String

  /// Misuse of the command (exit 2).
  static func misuse(_ message: String) -> GradingFailure {
    GradingFailure(kind: .misuse, message: message)
  }

  /// A grader that cannot work here (exit 3).
  static func unavailable(_ message: String) -> GradingFailure {
    GradingFailure(kind: .graderUnavailable, message: message)
  }

  var description: String { message }

  /// The exit status for this kind.
  var exitCode: ExitCode {
    switch kind {
    case .misuse: GradingExit.misuse
    case .graderUnavailable: GradingExit.graderUnavailable
    }
  }
}

/// The exit statuses of `descent grade` and `descent check`.
enum GradingExit {
  /// `grade`: graded, whatever the score. `check`: every visible item passes.
  static let success = ExitCode(0)
  /// `check`: a visible item failed or could not run.
  static let visibleItemFailed = ExitCode(1)
  /// Misuse: unknown assignment, missing folder, bad rubric, unknown option.
  static let misuse = ExitCode(2)
  /// The grader could not work: no student runtime or compiler, an unwritable report.
  static let graderUnavailable = ExitCode(3)

  /// Runs `body`, turning a ``GradingFailure`` (or any other error, as
  /// misuse) into one line on standard error, `descent: error: …`, and its
  /// exit status.
  static func reporting<T>(_ body: () async throws -> T) async throws -> T {
    do {
      return try await body()
    } catch let exit as ExitCode {
      throw exit
    } catch let failure as GradingFailure {
      report(failure.message)
      throw failure.exitCode
    } catch {
      report(String(describing: error))
      throw misuse
    }
  }

  /// Prints `message` on one line of standard error.
  static func report(_ message: String) {
    let line = message.split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
    FileHandle.standardError.write(Data("descent: error: \(line)\n".utf8))
  }
}
