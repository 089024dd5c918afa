import Foundation

/// The built `descent` executable, run as a child process by end-to-end
/// tests: arguments, environment, standard input and working directory in;
/// standard output, standard error and exit status out, under a time limit.
///
/// ```swift
/// let result = try DescentExecutable.run(["reference", "trajectory", "--optimizer", "adam", ...])
/// #expect(result.status == 0, "\(result)")
/// ```
///
/// The executable is found in the products directory that holds the test
/// bundle (SwiftPM builds `descent` there before running tests), or at the
/// path in the environment variable `DESCENT_EXECUTABLE` when that is set.
public enum DescentExecutable {
  /// The location of the `descent` executable.
  ///
  /// - Throws: ``DescentExecutableError/notFound(_:)`` when it is not built.
  public static func url() throws(DescentExecutableError) -> URL {
    if let override = ProcessInfo.processInfo.environment["DESCENT_EXECUTABLE"], !override.isEmpty {
      return URL(fileURLWithPath: override)
    }
    let candidate = productsDirectory.appendingPathComponent("descent")
    guard FileManager.default.isExecutableFile(atPath: candidate.path) else {
      throw .notFound(candidate.path)
    }
    return candidate
  }

  /// The directory holding the build products: on macOS the folder around
  /// the `.xctest` bundle, elsewhere the folder of the test executable.
  public static var productsDirectory: URL {
    #if os(macOS)
      for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
      }
    #endif
    return Bundle.main.bundleURL
  }

  /// Runs `descent` with `arguments` and waits for it to exit.
  ///
  /// - Parameters:
  ///   - environment: variables to set on top of this process's environment
  ///     (`nil` values remove a variable).
  ///   - standardInput: bytes written to its standard input, which is then closed.
  ///   - workingDirectory: where it runs; this process's directory when nil.
  ///   - timeout: wall-clock limit, after which it is killed and
  ///     ``DescentExecutableError/timedOut(arguments:seconds:)`` is thrown.
  public static func run(
    _ arguments: [String], environment: [String: String?] = [:], standardInput: Data = Data(),
    workingDirectory: URL? = nil, timeout: Duration = .seconds(60)
  ) throws(DescentExecutableError) -> ExecutionResult {
    try ChildProcess.run(
      executable: url(), arguments: arguments, environment: environment, standardInput: standardInput,
      workingDirectory: workingDirectory, timeout: timeout)
  }
}

/// What one run of a child process produced.
public struct ExecutionResult: Sendable, CustomStringConvertible {
  /// The arguments it was run with.
  public var arguments: [String]
  /// Its exit status; for a process killed by a signal, 128 + the signal.
  public var status: Int32
  /// Whether it was ended by a signal rather than exiting.
  public var wasSignaled: Bool
  /// Everything it wrote to standard output.
  public var standardOutputData: Data
  /// Everything it wrote to standard error.
  public var standardErrorData: Data

  /// Standard output, decoded as UTF-8 (invalid bytes replaced).
  public var standardOutput: String { String(decoding: standardOutputData, as: UTF8.self) }
  /// Standard error, decoded as UTF-8 (invalid bytes replaced).
  public var standardError: String { String(decoding: standardErrorData, as: UTF8.self) }

  /// The non-empty lines of standard error.
  public var standardErrorLines: [String] {
    standardError.split(whereSeparator: \.isNewline).map(String.init)
  }

  /// The run in a few lines, for test failure messages.
  public var description: String {
    "`descent \(arguments.joined(separator: " "))` exited \(status)\(wasSignaled ? " (signal)" : "")\n"
      + "stdout: \(standardOutput.prefix(2_000))\nstderr: \(standardError.prefix(2_000))"
  }
}

/// Why a child process could not be run to completion.
public enum DescentExecutableError: Error, CustomStringConvertible {
  /// The executable is not at the path given.
  case notFound(String)
  /// The process could not be started.
  case launchFailed(String)
  /// The process ran past its time limit and was killed.
  case timedOut(arguments: [String], seconds: Double)

  public var description: String {
    switch self {
    case .notFound(let path):
      "no descent executable at \(path): build it first (swift build), or set DESCENT_EXECUTABLE"
    case .launchFailed(let reason): "could not start descent: \(reason)"
    case .timedOut(let arguments, let seconds):
      "`descent \(arguments.joined(separator: " "))` ran past \(seconds) s and was killed"
    }
  }
}

/// Runs any executable as a child process and collects what it wrote:
/// the mechanism behind ``DescentExecutable``, usable for other tools too.
///
/// Standard output and standard error are drained concurrently while the
/// child runs (so a chatty child never blocks on a full pipe), standard
/// input is written from another thread and then closed, and a child that
/// outlives `timeout` is sent SIGTERM, then SIGKILL a second later.
public enum ChildProcess {
  /// Runs `executable` with `arguments` and waits for it to exit.
  ///
  /// - Parameters:
  ///   - environment: variables set on top of this process's environment; a
  ///     `nil` value removes the variable.
  ///   - standardInput: bytes for its standard input, which is then closed.
  ///   - workingDirectory: where it runs; this process's directory when nil.
  ///   - timeout: the wall-clock limit.
  /// - Throws: ``DescentExecutableError`` when it cannot start or times out.
  public static func run(
    executable: URL, arguments: [String], environment: [String: String?] = [:], standardInput: Data = Data(),
    workingDirectory: URL? = nil, timeout: Duration = .seconds(60)
  ) throws(DescentExecutableError) -> ExecutionResult {
    ignoreBrokenPipes()
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var variables = ProcessInfo.processInfo.environment
    for (name, value) in environment {
      if let value { variables[name] = value } else { variables.removeValue(forKey: name) }
    }
    process.environment = variables
    if let workingDirectory { process.currentDirectoryURL = workingDirectory }

    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    do {
      try process.run()
    } catch {
      throw .launchFailed("\(executable.path): \(error.localizedDescription)")
    }

    let collected = CollectedOutput()
    let readers = DispatchGroup()
    for (handle, isError) in [(output.fileHandleForReading, false), (error.fileHandleForReading, true)] {
      DispatchQueue.global().async(group: readers) {
        let data = handle.readDataToEndOfFile()
        collected.store(data, isError: isError)
      }
    }
    let writer = input.fileHandleForWriting
    DispatchQueue.global().async {
      if !standardInput.isEmpty { try? writer.write(contentsOf: standardInput) }
      try? writer.close()
    }

    let limit = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) * 1e-18
    if exited.wait(timeout: .now() + limit) == .timedOut {
      process.terminate()
      if exited.wait(timeout: .now() + 1) == .timedOut {
        kill(process.processIdentifier, SIGKILL)
        _ = exited.wait(timeout: .now() + 5)
      }
      _ = readers.wait(timeout: .now() + 5)
      throw .timedOut(arguments: arguments, seconds: limit)
    }
    // A grandchild that kept the pipes open must not hang the test.
    _ = readers.wait(timeout: .now() + 10)
    let isSignaled = process.terminationReason == .uncaughtSignal
    let status = isSignaled ? 128 + process.terminationStatus : process.terminationStatus
    return ExecutionResult(
      arguments: arguments, status: status, wasSignaled: isSignaled, standardOutputData: collected.output,
      standardErrorData: collected.error)
  }

  /// Writing to a child that has exited must fail with EPIPE, not kill the tests.
  private static func ignoreBrokenPipes() {
    _ = brokenPipesIgnored
  }

  private static let brokenPipesIgnored: Bool = {
    signal(SIGPIPE, SIG_IGN)
    return true
  }()
}

/// The two output streams, filled in by reader threads.
private final class CollectedOutput: @unchecked Sendable {
  private let lock = NSLock()
  private var outputData = Data()
  private var errorData = Data()

  func store(_ data: Data, isError: Bool) {
    lock.lock()
    defer { lock.unlock() }
    if isError { errorData = data } else { outputData = data }
  }

  var output: Data {
    lock.lock()
    defer { lock.unlock() }
    return outputData
  }

  var error: Data {
    lock.lock()
    defer { lock.unlock() }
    return errorData
  }
}
