import ArgumentParser
import DescentEngine
import Foundation

/// Why `descent batch` stopped, in one line naming the folder or file at
/// fault, with its exit status: 2 for misuse, 3 when the grader cannot
/// work here.
struct BatchFailure: Error, CustomStringConvertible {
  /// The exit status.
  var exitCode: ExitCode
  /// What is wrong and what to do.
  var message: String

  /// Misuse of the command: a bad option, an unknown assignment, slices that do not fit (exit 2).
  static func misuse(_ message: String) -> BatchFailure { BatchFailure(exitCode: ExitCode(2), message: message) }

  /// The grader cannot work here: no student runtime, an unwritable output folder (exit 3).
  static func unavailable(_ message: String) -> BatchFailure { BatchFailure(exitCode: ExitCode(3), message: message) }

  var description: String { message }

  /// Runs `body`, printing a failure as `descent: error: …` on standard error and exiting with its status.
  static func reporting(_ body: () async throws -> Void) async throws {
    do {
      try await body()
    } catch let exit as ExitCode {
      throw exit
    } catch let failure as BatchFailure {
      report(failure.message)
      throw failure.exitCode
    } catch let failure as BatchError {
      report(failure.message)
      throw ExitCode(2)
    } catch {
      report(String(describing: error))
      throw ExitCode(3)
    }
  }

  /// Prints `message` on one line of standard error.
  static func report(_ message: String) {
    let line = message.split(whereSeparator: \.isNewline).joined(separator: " ")
    FileHandle.standardError.write(Data("descent: error: \(line)\n".utf8))
  }
}
