import ArgumentParser
import DescentEngine
import Foundation

/// How `descent kit` and `descent package` report a failure: one line on
/// standard error, `descent: error: …`, naming the file or folder at
/// fault, and exit status 2.
enum PackagingFailure {
  /// The exit status of a kit or package that could not be written.
  static let exitCode = ExitCode(2)

  /// Runs `body`; any error becomes one line on standard error and exit status 2.
  static func reporting(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let exit as ExitCode {
      throw exit
    } catch {
      let line = String(describing: error).split(whereSeparator: \.isNewline)
        .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
      FileHandle.standardError.write(Data("descent: error: \(line)\n".utf8))
      throw exitCode
    }
  }

  /// The course folder from `--course`, `$DESCENT_COURSE_ROOT`, or the folders around here.
  static func course(_ path: String?) throws -> CourseLayout {
    try CourseLayout.locate(explicitRoot: path)
  }
}
