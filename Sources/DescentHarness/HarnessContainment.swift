import DescentWire

#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Darwin)
  @preconcurrency import Darwin
#endif

/// What the harness does to its own process before any student code runs:
/// resource limits, death with the engine, and moving the private channel
/// off the well-known descriptors 3 and 4.
enum HarnessContainment {
  /// The descriptors the channel is moved to.
  static let requestDescriptor: Int32 = 200
  static let replyDescriptor: Int32 = 201

  /// Makes the student's `print` reach the grader line by line, so that
  /// output before a crash is not lost in a buffer. (Here, in a file that
  /// sees C's `stdout` only through a `@preconcurrency` import.)
  static func lineBufferStandardOutput() {
    setvbuf(stdout, nil, _IOLBF, 0)
  }

  /// Applies `launch` and returns the channel.
  static func apply(_ launch: HarnessLaunch) throws(ContainmentError) -> HarnessChannel {
    #if os(Linux)
      dieWithParent(launch.parentProcess)
    #endif
    try limit(Resource.core, 0, "core dumps")
    if launch.cpuSeconds > 0 { try limit(Resource.cpu, launch.cpuSeconds, "CPU time", hardExtra: 1) }
    if launch.memoryBytes > 0 { try limit(Resource.addressSpace, launch.memoryBytes, "address space") }
    if launch.fileSizeBytes > 0 { try limit(Resource.fileSize, launch.fileSizeBytes, "file size") }
    if launch.processCount > 0 { try limit(Resource.processes, launch.processCount, "process count") }

    guard moveCloseOnExec(launch.requestDescriptor, to: requestDescriptor),
      moveCloseOnExec(launch.replyDescriptor, to: replyDescriptor)
    else {
      throw ContainmentError(
        "the engine's channel (descriptors \(launch.requestDescriptor), \(launch.replyDescriptor)) is not open")
    }
    for descriptor in [launch.requestDescriptor, launch.replyDescriptor] { close(descriptor) }
    return HarnessChannel(input: requestDescriptor, output: replyDescriptor)
  }

  #if os(Linux)
    typealias ResourceKind = __rlimit_resource_t
    enum Resource {
      static let core = ResourceKind(RLIMIT_CORE.rawValue)
      static let cpu = ResourceKind(RLIMIT_CPU.rawValue)
      static let addressSpace = ResourceKind(RLIMIT_AS.rawValue)
      static let fileSize = ResourceKind(RLIMIT_FSIZE.rawValue)
      static let processes = ResourceKind(__RLIMIT_NPROC.rawValue)
    }

    private static func moveCloseOnExec(_ descriptor: Int32, to target: Int32) -> Bool {
      dup2(descriptor, target) == target && fcntl(target, F_SETFD, FD_CLOEXEC) == 0
    }
  #else
    typealias ResourceKind = Int32
    enum Resource {
      static let core = RLIMIT_CORE
      static let cpu = RLIMIT_CPU
      static let addressSpace = RLIMIT_AS
      static let fileSize = RLIMIT_FSIZE
      static let processes = RLIMIT_NPROC
    }

    private static func moveCloseOnExec(_ descriptor: Int32, to target: Int32) -> Bool {
      dup2(descriptor, target) == target && fcntl(target, F_SETFD, FD_CLOEXEC) == 0
    }
  #endif

  private static func limit(_ resource: ResourceKind, _ value: Int, _ name: String, hardExtra: Int = 0)
    throws(ContainmentError)
  {
    var limits = rlimit(rlim_cur: rlim_t(value), rlim_max: rlim_t(value + hardExtra))
    var current = rlimit()
    getrlimit(resource, &current)
    // Never ask for more than the hard limit already in force.
    if current.rlim_max != rlim_t.max {
      limits.rlim_max = min(limits.rlim_max, current.rlim_max)
      limits.rlim_cur = min(limits.rlim_cur, limits.rlim_max)
    }
    guard setrlimit(resource, &limits) == 0 else {
      throw ContainmentError("could not limit \(name) to \(value) (errno \(errno))")
    }
  }

  #if os(Linux)
    /// PR_SET_PDEATHSIG(SIGKILL): the student's process never outlives the
    /// engine thread that started it; and if the engine is already gone, stop.
    private static func dieWithParent(_ parent: Int32) {
      typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
      if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl") {
        let prctl = unsafeBitCast(symbol, to: Prctl.self)
        _ = prctl(1 /* PR_SET_PDEATHSIG */, UInt(SIGKILL), 0, 0, 0)
      }
      if parent > 0, getppid() != parent { exit(4) }
    }
  #endif
}

/// The harness could not contain its own process.
struct ContainmentError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
