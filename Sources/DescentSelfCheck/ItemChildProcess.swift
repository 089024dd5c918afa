#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One run of the self-check executable for one item, started with
/// `posix_spawn` and watched with `poll` and `waitpid` alone.
///
/// No run loop, socket or thread is involved (Foundation's `Process` wakes
/// its run loop through a socket, which fails where there is no loopback
/// interface, e.g. a sandboxed CI runner or `unshare -n`). The child runs in
/// a process group of its own, so that a time-out stops anything it started
/// too. Standard input is `/dev/null`; standard output and error share one
/// pipe, of which the first `outputCap` bytes are kept.
struct ItemChildProcess {
  /// How the child ended.
  enum Ending: Equatable {
    /// It exited with this status.
    case exited(Int32)
    /// This signal ended it.
    case signaled(Int32)
    /// It ran past its limit and was stopped.
    case timedOut
  }

  /// How it ended, what it printed (at most the cap) and how much it printed.
  struct Run {
    var ending: Ending
    var output: [UInt8]
    var totalOutputBytes: Int

    /// Reads what the pipe holds now (at most 1 MiB, so that a child writing as
    /// fast as it is read cannot hold the caller past its deadline), keeping
    /// up to `cap` bytes in all.
    mutating func drain(_ descriptor: Int32, cap: Int) {
      var chunk = [UInt8](repeating: 0, count: 65_536)
      for _ in 0..<16 {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return }
        totalOutputBytes += count
        if output.count < cap { output += chunk.prefix(min(count, cap - output.count)) }
      }
    }
  }

  /// Runs `executable` with `arguments` (the environment inherited) for at
  /// most `limitSeconds`, or fails to start it.
  static func run(
    executable: String, arguments: [String], limitSeconds: Double, outputCap: Int
  ) -> Result<Run, StartFailure> {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return .failure(StartFailure("could not create a pipe (errno \(errno))")) }
    let (readEnd, writeEnd) = (ends[0], ends[1])
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) | O_NONBLOCK)
    defer { close(readEnd) }

    let started = spawn(executable, arguments, output: writeEnd)
    close(writeEnd)
    let pid: pid_t
    switch started {
    case .success(let child): pid = child
    case .failure(let failure): return .failure(failure)
    }

    var collected = Run(ending: .timedOut, output: [], totalOutputBytes: 0)
    let deadline = now() + limitSeconds
    while true {
      if let ending = ended(pid) {
        collected.drain(readEnd, cap: outputCap)
        collected.ending = ending
        break
      }
      let remaining = deadline - now()
      if remaining <= 0 {
        stop(pid)
        break
      }
      // Short waits, so that a child whose own children keep the pipe open is still seen to end.
      var descriptor = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
      if poll(&descriptor, 1, Int32(min(remaining * 1000 + 1, 50))) > 0 { collected.drain(readEnd, cap: outputCap) }
    }
    kill(-pid, SIGKILL)  // anything the item left running
    return .success(collected)
  }

  /// Why the child could not start.
  struct StartFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  private static func spawn(_ executable: String, _ arguments: [String], output: Int32)
    -> Result<
      pid_t, StartFailure
    >
  {
    #if canImport(Darwin)
      var actions: posix_spawn_file_actions_t? = nil
      var attributes: posix_spawnattr_t? = nil
    #else
      var actions = posix_spawn_file_actions_t()
      var attributes = posix_spawnattr_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, output, 1)
    posix_spawn_file_actions_adddup2(&actions, output, 2)
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
    guard result == 0 else {
      return .failure(StartFailure("could not start \(executable): \(String(cString: strerror(result)))"))
    }
    return .success(pid)
  }

  /// Asks the child's group to stop, then kills it a second later.
  private static func stop(_ pid: pid_t) {
    kill(-pid, SIGTERM)
    let grace = now() + 1
    while ended(pid) == nil {
      guard now() < grace else {
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return
      }
      usleep(2_000)
    }
  }

  /// How the child ended, once it has (reaping it); nil while it runs.
  private static func ended(_ pid: pid_t) -> Ending? {
    var status: Int32 = 0
    let result = waitpid(pid, &status, WNOHANG)
    guard result == pid else { return result < 0 && errno != EINTR ? .exited(-1) : nil }
    let signal = status & 0x7f
    return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
  }

  /// Seconds on the monotonic clock.
  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
