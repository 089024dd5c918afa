import Foundation

/// Builds the student runtime when `descent` runs from a SwiftPM build of
/// Descent's own package and the runtime library is not there yet: what
/// `swift run descent check …` on a fresh clone, or `swift build -c release
/// --product descent` followed by `descent grade`, meets first.
///
/// Only `swift build --product DescentStudentRuntime` for the package and
/// build folder the running `descent` came from, in its configuration: the
/// modules it links are already compiled there, so this costs a link (a few
/// seconds) after `swift run`, or compiling four small modules after a
/// product-only build. A `descent` installed away from its sources gets a
/// one-line error instead (``StudentRuntimeError/notBuilt(searched:)``).
enum RuntimeOnDemand {
  /// Where a `descent` executable was built: the package root, the build
  /// (scratch) folder and the configuration.
  struct Origin: Equatable {
    /// The folder holding Descent's `Package.swift`.
    var packageRoot: URL
    /// The build folder SwiftPM used (`<root>/.build` unless `--scratch-path` said otherwise).
    var scratchPath: URL
    /// `debug` or `release`.
    var configuration: String
  }

  /// The origin of an executable in `folder`, or nil when `folder` is not
  /// inside a build folder of Descent's package (it must hold `Package.swift`
  /// and the runtime's sources, `Sources/DescentHarness`).
  static func origin(ofExecutableIn folder: URL) -> Origin? {
    let components = folder.standardizedFileURL.resolvingSymlinksInPath().pathComponents
    let configuration = components.last == "release" ? "release" : "debug"
    // From the innermost ancestor out: the first that is Descent's package root.
    for depth in stride(from: components.count - 1, through: 1, by: -1) {
      let root = URL(fileURLWithPath: NSString.path(withComponents: Array(components[..<depth])))
      let manager = FileManager.default
      guard manager.fileExists(atPath: root.appendingPathComponent("Package.swift").path),
        manager.fileExists(atPath: root.appendingPathComponent("Sources/DescentHarness").path)
      else { continue }
      let scratch = root.appendingPathComponent(components[depth])
      return Origin(packageRoot: root, scratchPath: scratch, configuration: configuration)
    }
    return nil
  }

  /// Whether the runtime library at `library`, built beside an executable of
  /// `origin`, is older than a source file of a module it holds: `descent`
  /// rebuilt alone after the contract changed would otherwise compile every
  /// submission against the old contract, and a grader's stale build would
  /// read as the student's compile error.
  static func isStale(_ library: URL, origin: Origin) -> Bool {
    let manager = FileManager.default
    guard let built = (try? manager.attributesOfItem(atPath: library.path))?[.modificationDate] as? Date else {
      return true
    }
    for module in StudentRuntime.moduleNames {
      let folder = origin.packageRoot.appendingPathComponent("Sources/\(module)")
      guard let files = manager.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey])
      else { continue }
      for case let file as URL in files where file.pathExtension == "swift" {
        let changed = (try? file.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate
        if let changed, changed > built { return true }
      }
    }
    return false
  }

  /// Rebuilds the runtime found in `folder` when it is a build folder of
  /// Descent's package and the runtime is older than its sources
  /// (``isStale(_:origin:)``); otherwise does nothing.
  ///
  /// - Throws: ``StudentRuntimeError/buildFailed(_:)`` with the build's last line.
  static func refresh(_ library: URL, inExecutableFolder folder: URL, compiler: URL) throws(StudentRuntimeError) {
    guard let origin = origin(ofExecutableIn: folder), isStale(library, origin: origin) else { return }
    try build(origin, compiler: compiler, note: "again, as its sources changed since it was built")
    // A build that had nothing to relink leaves the library's date behind its sources: mark it current.
    try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: library.path)
  }

  /// Builds the runtime for the first of `folders` that is a build folder of
  /// Descent's package, with the `swift` beside `compiler`, and returns that
  /// folder; nil when none is (nothing was run).
  ///
  /// - Throws: ``StudentRuntimeError/buildFailed(_:)`` with the build's last line.
  static func build(forExecutableIn folders: [URL], compiler: URL) throws(StudentRuntimeError) -> URL? {
    guard let (folder, origin) = folders.lazy.compactMap({ f in origin(ofExecutableIn: f).map { (f, $0) } }).first
    else { return nil }
    try build(origin, compiler: compiler, note: "once")
    return folder
  }

  /// `swift build --product DescentStudentRuntime` for `origin`, announced on
  /// standard error as "building the student runtime `why`".
  private static func build(_ origin: Origin, compiler: URL, note why: String) throws(StudentRuntimeError) {
    // The `swift` of the compiler's toolchain, else the one on PATH (DESCENT_SWIFTC may name a lone swiftc).
    let beside = compiler.deletingLastPathComponent().appendingPathComponent("swift")
    let toolchain = FileManager.default.isExecutableFile(atPath: beside.path)
    let swift = toolchain ? beside : URL(fileURLWithPath: "/usr/bin/env")
    let command = [
      "build", "-c", origin.configuration, "--product", StudentRuntime.libraryName,
      "--package-path", origin.packageRoot.path, "--scratch-path", origin.scratchPath.path,
    ]
    let arguments = (toolchain ? [] : ["swift"]) + command
    let note =
      "descent: building the student runtime \(why) (swift \(command.prefix(5).joined(separator: " ")))\n"
    FileHandle.standardError.write(Data(note.utf8))
    let process = Process()
    process.executableURL = swift
    process.arguments = arguments
    let log = Pipe()
    process.standardOutput = log
    process.standardError = log
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw .buildFailed("could not start \(swift.path): \(error.localizedDescription)")
    }
    // Read to the end before waiting: the build's output must not fill the pipe and stall it.
    let output = String(decoding: log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let lines = output.split(whereSeparator: \.isNewline)
      let reason = lines.last(where: { $0.contains("error:") }) ?? lines.last ?? "no output"
      throw .buildFailed("`swift \(command.joined(separator: " "))` failed: \(reason)")
    }
  }
}
