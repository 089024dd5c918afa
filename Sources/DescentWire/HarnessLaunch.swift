/// How the engine starts a compiled submission, as its command-line
/// arguments: the resource limits the harness applies before any student
/// code runs, and the file descriptors of its private channel.
///
/// ```
/// submission --descent-harness cpu=10 memory=1073741824 file-size=16777216 requests=3 replies=4 parent=4242
/// ```
public struct HarnessLaunch: Hashable, Sendable {
  /// The flag that marks a launch by the engine.
  public static let flag = "--descent-harness"

  /// CPU seconds for the whole process (RLIMIT_CPU); 0 = no limit.
  public var cpuSeconds: Int
  /// Address-space bytes (RLIMIT_AS); 0 = no limit.
  public var memoryBytes: Int
  /// Largest file the process may write (RLIMIT_FSIZE); 0 = no limit.
  public var fileSizeBytes: Int
  /// Most processes/threads of the user (RLIMIT_NPROC); 0 = no limit.
  public var processCount: Int
  /// The descriptor requests arrive on.
  public var requestDescriptor: Int32
  /// The descriptor replies leave on.
  public var replyDescriptor: Int32
  /// The engine's process id: the harness dies with it; 0 = do not check
  /// (inside a sandbox whose own parent watches).
  public var parentProcess: Int32

  /// Creates a launch description.
  public init(
    cpuSeconds: Int, memoryBytes: Int, fileSizeBytes: Int, processCount: Int = 0,
    requestDescriptor: Int32 = 3, replyDescriptor: Int32 = 4, parentProcess: Int32 = 0
  ) {
    self.cpuSeconds = cpuSeconds
    self.memoryBytes = memoryBytes
    self.fileSizeBytes = fileSizeBytes
    self.processCount = processCount
    self.requestDescriptor = requestDescriptor
    self.replyDescriptor = replyDescriptor
    self.parentProcess = parentProcess
  }

  /// The arguments after the program's path.
  public var arguments: [String] {
    [
      Self.flag, "cpu=\(cpuSeconds)", "memory=\(memoryBytes)", "file-size=\(fileSizeBytes)",
      "processes=\(processCount)", "requests=\(requestDescriptor)", "replies=\(replyDescriptor)",
      "parent=\(parentProcess)",
    ]
  }

  /// Reads `arguments` (the program's path excluded); nil when they are not
  /// an engine launch.
  public init?(arguments: [String]) {
    guard arguments.first == Self.flag else { return nil }
    var fields: [String: Int] = [:]
    for argument in arguments.dropFirst() {
      let parts = argument.split(separator: "=", maxSplits: 1)
      guard parts.count == 2, let value = Int(parts[1]), value >= 0 else { return nil }
      fields[String(parts[0])] = value
    }
    guard let cpu = fields["cpu"], let memory = fields["memory"], let fileSize = fields["file-size"],
      let requests = fields["requests"].flatMap(Int32.init(exactly:)),
      let replies = fields["replies"].flatMap(Int32.init(exactly:))
    else { return nil }
    self.init(
      cpuSeconds: cpu, memoryBytes: memory, fileSizeBytes: fileSize, processCount: fields["processes"] ?? 0,
      requestDescriptor: requests, replyDescriptor: replies,
      parentProcess: fields["parent"].flatMap(Int32.init(exactly:)) ?? 0)
  }
}
