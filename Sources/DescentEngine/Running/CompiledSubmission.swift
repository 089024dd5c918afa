import Foundation

/// A submission compiled into a program, ready to run: the
/// ``ContainedExecutor``'s `Program`. Its scratch folder (the program and the
/// generated entry file, never the student's sources) is deleted when the
/// last reference goes.
public final class CompiledSubmission: Sendable {
  /// The compiled program.
  public let executable: URL
  /// The student's files, relative to the submission folder.
  public let studentFiles: [String]
  private let scratch: ScratchFolder

  init(executable: URL, studentFiles: [String], scratch: ScratchFolder) {
    self.executable = executable
    self.studentFiles = studentFiles
    self.scratch = scratch
  }

  /// The folder holding the program, which runs may also use for their own folders.
  var folder: URL { scratch.url }
}

/// A fresh folder that is deleted with its owner.
final class ScratchFolder: Sendable {
  let url: URL

  /// Creates `<root>/<prefix>-<unique>`.
  init(in root: URL, prefix: String) throws {
    url = root.appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(13))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }
}

/// Blocking work on a thread of its own, awaited without holding one of
/// Swift concurrency's few threads. Student processes must be started from
/// a thread that outlives them: their death signal fires when it exits.
enum DedicatedThread {
  static func run<T: Sendable>(_ name: String, _ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
      let thread = Thread { continuation.resume(returning: work()) }
      thread.name = name
      thread.stackSize = 4 << 20
      thread.start()
    }
  }
}
