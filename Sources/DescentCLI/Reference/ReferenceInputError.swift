import ArgumentParser
import Foundation

/// Input the `descent reference` commands cannot work with: an unknown
/// name, a start of the wrong dimension, malformed JSON, a negative step
/// count. Reported as one line on standard error with exit status 2.
struct ReferenceInputError: Error, CustomStringConvertible {
  /// What is wrong, naming the option, field or file at fault.
  var message: String

  /// Creates the error.
  init(_ message: String) {
    self.message = message
  }

  var description: String { message }
}

/// How the reference commands end on an error: one line on standard error,
/// then exit status 2 for bad input, 1 for a method that failed on valid input.
enum ReferenceFailure {
  /// Exit status for input the command cannot accept.
  static let badInput = ExitCode(2)
  /// Exit status for a reference method that failed while running.
  static let methodFailed = ExitCode(1)

  /// Runs `body`; any error it throws is bad input: reported, then exit 2.
  static func input<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let exit as ExitCode {
      throw exit
    } catch {
      report(error)
      throw badInput
    }
  }

  /// Prints `error` as one line, `error: …`, on standard error.
  static func report(_ error: any Error) {
    let text = String(describing: error)
      .split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
    FileHandle.standardError.write(Data("error: \(text)\n".utf8))
  }
}
