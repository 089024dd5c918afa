import Foundation
import Synchronization

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

/// A uniquely named scratch folder, removed when the last reference to it
/// goes; it records the process that made it (`owner`), so that a folder
/// left behind by a grader that crashed or was killed is recognized as
/// stale (``removeStale(in:prefix:)``) and never one in use.
final class ScratchFolder: Sendable {
  let url: URL

  /// The file inside each scratch folder naming the process that made it.
  static let ownerFile = "owner"

  /// Creates `<root>/<prefix>-<unique>`, with the owner file in it, before anything else uses it.
  init(in root: URL, prefix: String) throws {
    url = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    try Data("\(getpid())\n".utf8).write(to: url.appendingPathComponent(Self.ownerFile))
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// The roots and prefixes this process has swept.
  private static let swept = Mutex<Set<String>>([])

  /// ``removeStale(in:prefix:olderThan:)``, the first time this process asks
  /// for `root` and `prefix` only: a grading worker compiles student after
  /// student, and what crashed graders leave behind needs one sweep, not one
  /// per student (a worker that crashes is replaced by one that sweeps).
  static func removeStaleOnce(in root: URL, prefix: String) {
    guard swept.withLock({ $0.insert(root.path + "\n" + prefix).inserted }) else { return }
    removeStale(in: root, prefix: prefix)
  }

  /// Removes the `<prefix>-*` folders in `root` left by processes that are
  /// gone (a grader that crashed or was killed cannot clean up): those whose
  /// owner is no longer running, and those without an owner file (made by
  /// an older Descent) untouched for `age`.
  static func removeStale(in root: URL, prefix: String, olderThan age: Duration = .seconds(3600)) {
    let manager = FileManager.default
    // Names only: the root may be a shared /tmp of thousands of entries, and
    // every grading process sweeps it, so nothing is looked up for the others.
    guard let names = try? manager.contentsOfDirectory(atPath: root.path) else { return }
    for name in names where name.hasPrefix(prefix + "-") {
      let entry = root.appendingPathComponent(name)
      let owner = (try? String(contentsOf: entry.appendingPathComponent(ownerFile), encoding: .utf8))
        .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
      let stale: Bool
      if let owner {
        stale = owner != getpid() && kill(owner, 0) != 0 && errno == ESRCH
      } else {
        let modified = (try? entry.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate
        stale = modified.map { Date().timeIntervalSince($0) > age.descentSeconds } ?? false
      }
      if stale { try? manager.removeItem(at: entry) }
    }
  }
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
