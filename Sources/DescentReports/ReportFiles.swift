import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes report files atomically: a reader (a CI job, Gradescope, a
/// student's editor) sees either the previous file or the complete new one,
/// never half a file, even if the grader is killed while writing.
///
/// Each file is written to a temporary file in the same folder, flushed to
/// disk (`fsync`), then renamed over the destination, and the folder is
/// synced so that the rename itself survives a crash. Missing parent
/// folders are created first.
///
/// ```swift
/// try ReportFiles.write(JUnitReport(report: report, timestamp: .now).data(), to: junitURL)
/// ```
public enum ReportFiles {
  /// The permissions of a written file: `rw-r--r--`.
  public static let permissions: mode_t = 0o644

  /// Writes `data` to `url` atomically, creating parent folders as needed.
  ///
  /// - Throws: ``ReportFileError`` naming the file and the reason; the
  ///   destination is then unchanged and no temporary file is left behind.
  public static func write(_ data: Data, to url: URL) throws(ReportFileError) {
    let destination = url.standardizedFileURL
    let folder = destination.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw ReportFileError(path: url.path, reason: "it is a folder")
    }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw ReportFileError(
        path: url.path,
        reason: "cannot create its folder \(folder.path): \(PathProblem.creatingFolder(folder, error: error))")
    }
    var template = Array(folder.appendingPathComponent(".\(destination.lastPathComponent).XXXXXX").path.utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else {
      throw ReportFileError(path: url.path, reason: "cannot create a file in \(folder.path) (\(lastError()))")
    }
    let temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    do {
      try writeAll(data, to: descriptor)
      guard fchmod(descriptor, permissions) == 0 else { throw Failure("cannot set permissions (\(lastError()))") }
      guard fsync(descriptor) == 0 else { throw Failure("cannot flush to disk (\(lastError()))") }
      guard close(descriptor) == 0 else {
        unlink(temporaryPath)
        throw ReportFileError(path: url.path, reason: "cannot close (\(lastError()))")
      }
    } catch let failure as Failure {
      close(descriptor)
      unlink(temporaryPath)
      throw ReportFileError(path: url.path, reason: failure.reason)
    } catch {
      close(descriptor)
      unlink(temporaryPath)
      throw ReportFileError(path: url.path, reason: "\(error)")
    }
    guard rename(temporaryPath, destination.path) == 0 else {
      let reason = lastError()
      unlink(temporaryPath)
      throw ReportFileError(path: url.path, reason: "cannot replace it (\(reason))")
    }
    syncFolder(folder)
  }

  /// Writes `text` as UTF-8 to `url` atomically; see ``write(_:to:)``.
  public static func write(_ text: String, to url: URL) throws(ReportFileError) {
    try write(Data(text.utf8), to: url)
  }

  private struct Failure: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
  }

  /// Writes every byte, retrying short writes and interrupted calls.
  private static func writeAll(_ data: Data, to descriptor: Int32) throws(Failure) {
    let failure: String? = data.withUnsafeBytes { buffer -> String? in
      guard var next = buffer.baseAddress else { return nil }
      var remaining = buffer.count
      while remaining > 0 {
        let written = systemWrite(descriptor, next, remaining)
        if written < 0 {
          if errno == EINTR { continue }
          return "cannot write (\(lastError()))"
        }
        next += written
        remaining -= written
      }
      return nil
    }
    if let failure { throw Failure(failure) }
  }

  /// Syncs the folder so that a completed rename is on disk; best effort
  /// (some file systems refuse to sync folders, and the file is complete anyway).
  private static func syncFolder(_ folder: URL) {
    let descriptor = open(folder.path, O_RDONLY)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }

  private static func lastError() -> String {
    String(cString: strerror(errno))
  }
}

/// The C library's `write`, named apart from ``ReportFiles/write(_:to:)``.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}

/// A report file that could not be written, in one line:
/// `cannot write out/junit.xml: it is a folder`.
public struct ReportFileError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The destination as given.
  public var path: String
  /// Why it could not be written.
  public var reason: String

  /// Creates an error.
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "cannot write \(path): \(reason)" }
}
