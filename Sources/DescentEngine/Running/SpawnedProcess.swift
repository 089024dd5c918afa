import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A child process started with `posix_spawn` in a process group of its
/// own, so that it and anything it starts can be killed at once.
///
/// Standard input is `/dev/null`; `descriptors` are installed in the child
/// (a pipe end on 1, 2, 3, 4, …) and every other descriptor is closed.
final class SpawnedProcess: @unchecked Sendable {
  /// The child's process id, which is also its process group id.
  let processID: pid_t
  private(set) var end: ProcessEnd?

  private init(processID: pid_t) { self.processID = processID }

  /// Starts `executable`.
  ///
  /// - Throws: ``SpawnError`` when the program cannot be started.
  static func spawn(
    executable: String, arguments: [String], environment: [String], workingDirectory: String?,
    descriptors: [(source: Int32, target: Int32)]
  ) throws(SpawnError) -> SpawnedProcess {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }

    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    for (source, target) in descriptors { posix_spawn_file_actions_adddup2(&actions, source, target) }
    let firstFree = (descriptors.map(\.target).max() ?? 2) + 1
    SpawnExtensions.closeFrom(firstFree, in: &actions)
    if let workingDirectory, !SpawnExtensions.changeDirectory(workingDirectory, in: &actions) {
      throw SpawnError("this system cannot set a child's working directory")
    }

    var defaults = sigset_t()
    sigfillset(&defaults)
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &mask)
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard result == 0 else {
      throw SpawnError("could not start \(executable): \(String(cString: strerror(result)))")
    }
    return SpawnedProcess(processID: pid)
  }

  /// Sends SIGKILL to the child's whole process group (and the child).
  /// Once the child is reaped its ids may be reused, so this does nothing.
  func killGroup() {
    guard end == nil else { return }
    kill(-processID, SIGKILL)
    kill(processID, SIGKILL)
  }

  /// Kills the child, its process group and every process descended from
  /// it, even those that moved to process groups of their own (see
  /// ``ProcessTree``). Does nothing once the child is reaped.
  func killTree() {
    guard end == nil else { return }
    ProcessTree.kill(processID)
    killGroup()
  }

  /// Whether the child has ended, without reaping it (its process group
  /// can still be killed afterwards).
  var hasEnded: Bool {
    if end != nil { return true }
    var info = siginfo_t()
    return waitid(P_PID, id_t(processID), &info, WEXITED | WNOHANG | WNOWAIT) == 0
      && info._sifields._sigchld.si_pid == processID
  }

  /// The child's end if it has ended; waits for it when `blocking`.
  @discardableResult
  func reap(blocking: Bool) -> ProcessEnd? {
    if let end { return end }
    var status: Int32 = 0
    while true {
      let result = waitpid(processID, &status, blocking ? 0 : WNOHANG)
      if result == -1 && errno == EINTR { continue }
      guard result == processID else { return nil }
      break
    }
    let low = status & 0x7f
    end = low == 0 ? .exited((status >> 8) & 0xff) : .signaled(low)
    return end
  }
}

/// How a child process ended.
enum ProcessEnd: Sendable, Hashable {
  /// It exited with this status.
  case exited(Int32)
  /// A signal ended it.
  case signaled(Int32)
}

/// A child process could not be started.
struct SpawnError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// A pipe whose ends are close-on-exec and numbered 10 or above, so that
/// installing them on 1…4 in a child never overwrites one another.
struct ChildPipe {
  let readEnd: Int32
  let writeEnd: Int32

  init() throws(SpawnError) {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { throw SpawnError("could not create a pipe (errno \(errno))") }
    readEnd = Self.raise(ends[0])
    writeEnd = Self.raise(ends[1])
  }

  private static func raise(_ descriptor: Int32) -> Int32 {
    let raised = fcntl(descriptor, F_DUPFD_CLOEXEC, 10)
    guard raised >= 0 else {
      _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
      return descriptor
    }
    close(descriptor)
    return raised
  }

  /// Makes `descriptor` non-blocking.
  static func setNonBlocking(_ descriptor: Int32) {
    let flags = fcntl(descriptor, F_GETFL)
    _ = fcntl(descriptor, F_SETFL, flags | O_NONBLOCK)
  }
}

/// glibc's posix_spawn extensions, looked up at run time.
enum SpawnExtensions {
  private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
  private typealias ChangeDirectory =
    @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

  static func closeFrom(_ descriptor: Int32, in actions: inout posix_spawn_file_actions_t) {
    guard let pointer = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
    _ = unsafeBitCast(pointer, to: CloseFrom.self)(&actions, descriptor)
  }

  static func changeDirectory(_ path: String, in actions: inout posix_spawn_file_actions_t) -> Bool {
    guard let pointer = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else { return false }
    return unsafeBitCast(pointer, to: ChangeDirectory.self)(&actions, path) == 0
  }
}
