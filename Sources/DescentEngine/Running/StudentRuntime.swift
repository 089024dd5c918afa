import Foundation

/// The curated SDK a submission is compiled against: a folder holding only
/// the modules a student may import (DescentCore, DescentContract,
/// DescentWire, DescentHarness) and a folder holding only the
/// `DescentStudentRuntime` library they link, plus the compiler to use.
///
/// `import DescentReference` or `import DescentEngine` in a submission fails
/// with "no such module": those modules are never in the curated folder, and
/// the library folder is the only part of the build a sandboxed student
/// process can see.
public struct StudentRuntime: Sendable, Hashable {
  /// The modules a student may import, passed to the compiler with `-I`.
  public var modulesDirectory: URL
  /// The folder holding only the runtime library (`-L`, `-rpath`).
  public var libraryDirectory: URL
  /// The `swiftc` to compile with.
  public var compiler: URL
  /// The toolchain's Swift runtime libraries (a compiled submission loads
  /// them), when they are outside `/usr`.
  public var toolchainLibraryDirectory: URL?

  /// The modules of the curated SDK, in dependency order.
  public static let moduleNames = ["DescentCore", "DescentContract", "DescentWire", "DescentHarness"]
  /// The runtime library's link name.
  public static let libraryName = "DescentStudentRuntime"
  /// The environment variable naming a build folder (or a curated SDK) to use.
  public static let environmentVariable = "DESCENT_STUDENT_RUNTIME"

  /// Creates a runtime from folders already curated.
  public init(modulesDirectory: URL, libraryDirectory: URL, compiler: URL, toolchainLibraryDirectory: URL?) {
    self.modulesDirectory = modulesDirectory
    self.libraryDirectory = libraryDirectory
    self.compiler = compiler
    self.toolchainLibraryDirectory = toolchainLibraryDirectory
  }

  /// Finds the built runtime and returns its curated SDK, creating it once
  /// in a cache folder keyed by the build's modification times.
  ///
  /// The build is looked for in the folder named by `DESCENT_STUDENT_RUNTIME`,
  /// else beside the running executable (a SwiftPM build folder holds the
  /// library and `Modules/` or the `.swiftmodule` files side by side). When
  /// the executable was built from Descent's package and the runtime was not
  /// (`swift run descent …` on a fresh clone), it is built first, and built
  /// again when its sources changed since (``RuntimeOnDemand``).
  ///
  /// - Throws: ``StudentRuntimeError`` naming what is missing.
  public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(StudentRuntimeError)
    -> StudentRuntime
  {
    let compiler = try findCompiler(environment: environment)
    let build: RuntimeBuild
    if let override = environment[environmentVariable], !override.isEmpty {
      build = try RuntimeBuild.find(in: URL(fileURLWithPath: override))
    } else {
      let folders = executableDirectories()
      do {
        build = try RuntimeBuild.find(nearExecutable: folders)
      } catch .notBuilt(let searched) {
        guard let built = try RuntimeOnDemand.build(forExecutableIn: folders, compiler: compiler) else {
          throw .notBuilt(searched: searched)
        }
        build = try RuntimeBuild.find(in: built)
      }
      try RuntimeOnDemand.refresh(
        build.library, inExecutableFolder: build.library.deletingLastPathComponent(), compiler: compiler)
    }
    let curated = try RuntimeCache.curate(build, cacheRoot: cacheRoot(environment: environment))
    return StudentRuntime(
      modulesDirectory: curated.modules, libraryDirectory: curated.library, compiler: compiler,
      toolchainLibraryDirectory: toolchainLibraries(for: compiler))
  }

  /// Folders the running program may have been built into.
  static func executableDirectories() -> [URL] {
    var candidates: [URL] = []
    if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      candidates.append(URL(fileURLWithPath: link).deletingLastPathComponent())
    }
    if let executable = Bundle.main.executableURL {
      candidates.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
    }
    candidates.append(Bundle.main.bundleURL)
    if let first = CommandLine.arguments.first, first.contains("/") {
      candidates.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
    }
    var seen = Set<String>()
    return candidates.filter { seen.insert($0.standardizedFileURL.path).inserted }
  }

  static func findCompiler(environment: [String: String]) throws(StudentRuntimeError) -> URL {
    if let override = environment["DESCENT_SWIFTC"], !override.isEmpty {
      guard FileManager.default.isExecutableFile(atPath: override) else { throw .compilerMissing(override) }
      return URL(fileURLWithPath: override)
    }
    let path = environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("swiftc")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    throw .compilerMissing("swiftc on PATH (\(path))")
  }

  /// `<toolchain>/usr/lib/swift/linux` for a `swiftc` at `<toolchain>/usr/bin`.
  static func toolchainLibraries(for compiler: URL) -> URL? {
    let binary = compiler.resolvingSymlinksInPath()
    let usr = binary.deletingLastPathComponent().deletingLastPathComponent()
    #if os(Linux)
      let libraries = usr.appendingPathComponent("lib/swift/linux")
    #else
      let libraries = usr.appendingPathComponent("lib/swift/macosx")
    #endif
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: libraries.path, isDirectory: &isDirectory), isDirectory.boolValue
    else { return nil }
    return libraries
  }

  static func cacheRoot(environment: [String: String]) -> URL {
    if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty {
      return URL(fileURLWithPath: cache).appendingPathComponent("descent")
    }
    if let home = environment["HOME"], !home.isEmpty, FileManager.default.isWritableFile(atPath: home) {
      return URL(fileURLWithPath: home).appendingPathComponent(".cache/descent")
    }
    return FileManager.default.temporaryDirectory.appendingPathComponent("descent-cache-\(getuid())")
  }
}

/// Why the student runtime cannot be used.
public enum StudentRuntimeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// No build of the runtime in the folders searched.
  case notBuilt(searched: [String])
  /// A build without one of the modules a student imports.
  case moduleMissing(String, folder: String)
  /// No compiler.
  case compilerMissing(String)
  /// The curated folder could not be written.
  case cacheUnwritable(String)
  /// Building the runtime on demand failed.
  case buildFailed(String)

  public var description: String {
    switch self {
    case .notBuilt(let searched):
      "the student runtime is not built (no lib\(StudentRuntime.libraryName) in \(searched.joined(separator: ", ")),"
        + " and no Descent sources there to build it from): set \(StudentRuntime.environmentVariable) to a folder"
        + " where `swift build --product \(StudentRuntime.libraryName)` put it"
    case .moduleMissing(let name, let folder):
      "the student runtime build in \(folder) has no \(name).swiftmodule: rebuild it with `swift build`"
    case .compilerMissing(let what): "no Swift compiler: looked for \(what); install Swift or set DESCENT_SWIFTC"
    case .cacheUnwritable(let reason): "cannot prepare the student SDK folder: \(reason)"
    case .buildFailed(let reason): "cannot build the student runtime: \(reason)"
    }
  }
}
