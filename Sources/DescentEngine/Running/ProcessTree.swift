import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A process and everything descended from it, found through `/proc`, so
/// that a trusted command whose children leave its process group can still
/// be stopped whole.
///
/// The Swift driver starts each compiler job (`swift-frontend`, `clang`,
/// the linker) in a process group of its own, so killing the driver's group
/// leaves those jobs running; a type-checker bomb would keep a core busy for
/// minutes after its compile limit.
enum ProcessTree {
  /// Kills `root` and all its descendants.
  ///
  /// Each process is stopped (SIGSTOP) before its children are listed, so
  /// none can start another unseen; once no stopped process has an unlisted
  /// child, all of them are killed (SIGKILL). Without `/proc` only `root` is.
  static func kill(_ root: pid_t) {
    var found: Set<pid_t> = [root]
    var fresh: [pid_t] = [root]
    while !fresh.isEmpty {
      for pid in fresh { Glibc.kill(pid, SIGSTOP) }
      waitUntilStopped(fresh)
      let parents = Self.parents()
      fresh = parents.compactMap { child, parent in
        found.contains(parent) && !found.contains(child) ? child : nil
      }
      found.formUnion(fresh)
    }
    for pid in found {
      Glibc.kill(pid, SIGKILL)
      // A stopped process dies of SIGKILL at once; SIGCONT is for the rare kernel that waits.
      Glibc.kill(pid, SIGCONT)
    }
  }

  /// Waits (briefly) until the signal has stopped each of `processes`, so
  /// that none forks between being signalled and being listed.
  private static func waitUntilStopped(_ processes: [pid_t]) {
    let deadline = ContinuousClock.now + .milliseconds(200)
    var waiting = processes
    while !waiting.isEmpty && ContinuousClock.now < deadline {
      waiting = waiting.filter { pid in
        guard let state = status(of: pid)?.state else { return false }
        return !"TtZX".contains(state)
      }
      if !waiting.isEmpty { usleep(1_000) }
    }
  }

  /// Whether a descendant of `root` runs the executable at `path` (the same
  /// file: device and inode, however its path reads in another mount
  /// namespace). A process can name itself anything, but cannot make its
  /// `/proc/<pid>/exe` another file than the one it runs.
  static func hasDescendant(of root: pid_t, runningExecutableAt path: URL) -> Bool {
    var target = stat()
    guard stat(path.path, &target) == 0 else { return false }
    let parents = Self.parents()
    var found: Set<pid_t> = [root]
    var grew = true
    while grew {
      grew = false
      for (child, parent) in parents where found.contains(parent) && !found.contains(child) {
        found.insert(child)
        grew = true
      }
    }
    return found.contains { pid in
      var running = stat()
      return pid != root && stat("/proc/\(pid)/exe", &running) == 0 && running.st_dev == target.st_dev
        && running.st_ino == target.st_ino
    }
  }

  /// Every process's parent, read from `/proc/<pid>/stat`.
  static func parents() -> [pid_t: pid_t] {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [:] }
    var parents: [pid_t: pid_t] = [:]
    for entry in entries {
      guard let pid = pid_t(entry), let status = status(of: pid) else { continue }
      parents[pid] = status.parent
    }
    return parents
  }

  /// A process's state letter and parent, from `/proc/<pid>/stat`
  /// (`pid (name) state ppid …`; the name may hold spaces and parentheses).
  private static func status(of pid: pid_t) -> (state: Character, parent: pid_t)? {
    guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
    let text = String(decoding: data, as: UTF8.self)
    guard let close = text.lastIndex(of: ")") else { return nil }
    let fields = text[text.index(after: close)...].split(separator: " ")
    guard fields.count >= 2, let state = fields[0].first, let parent = pid_t(fields[1]) else { return nil }
    return (state, parent)
  }
}
