import Foundation

/// A build of the student runtime as SwiftPM left it: the library and the
/// four modules somewhere in (or under `Modules/` of) one folder.
struct RuntimeBuild: Hashable {
  /// The runtime library.
  var library: URL
  /// Each curated module's `.swiftmodule`, by name.
  var modules: [String: URL]

  #if os(macOS)
    static let libraryFile = "lib\(StudentRuntime.libraryName).dylib"
  #else
    static let libraryFile = "lib\(StudentRuntime.libraryName).so"
  #endif

  /// The build beside one of `folders` (tried in order).
  static func find(nearExecutable folders: [URL]) throws(StudentRuntimeError) -> RuntimeBuild {
    for folder in folders where FileManager.default.fileExists(atPath: folder.appendingPathComponent(libraryFile).path)
    {
      return try find(in: folder)
    }
    throw .notBuilt(searched: folders.map(\.path))
  }

  /// The build in `folder`: a SwiftPM products folder, or a curated SDK
  /// (`lib/` and `modules/`).
  static func find(in folder: URL) throws(StudentRuntimeError) -> RuntimeBuild {
    let libraryCandidates = [
      folder.appendingPathComponent(libraryFile), folder.appendingPathComponent("lib/" + libraryFile),
    ]
    guard let library = libraryCandidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
      throw .notBuilt(searched: [folder.path])
    }
    var modules: [String: URL] = [:]
    for name in StudentRuntime.moduleNames {
      let candidates = ["Modules", "modules", "."].map {
        folder.appendingPathComponent($0).appendingPathComponent("\(name).swiftmodule")
      }
      guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
        throw .moduleMissing(name, folder: folder.path)
      }
      modules[name] = found
    }
    return RuntimeBuild(library: library.resolvingSymlinksInPath(), modules: modules)
  }

  /// Changes whenever the build does: the files' sizes and modification times.
  var fingerprint: String {
    var hasher = StableHash()
    for url in [library] + StudentRuntime.moduleNames.compactMap({ modules[$0] }) {
      let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
      let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      let size = (attributes?[.size] as? Int) ?? 0
      hasher.combine("\(url.path)|\(modified)|\(size)")
    }
    return hasher.hex
  }
}

/// FNV-1a, 64 bits: a stable name for a cache folder (not a security hash).
struct StableHash {
  private var state: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func combine(_ text: String) {
    for byte in text.utf8 {
      state ^= UInt64(byte)
      state = state &* 0x100_0000_01b3
    }
  }

  var hex: String {
    let digits = String(state, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}

/// The curated SDK folder made from a build, once per build.
enum RuntimeCache {
  /// `<root>/student-runtime-<fingerprint>/{modules,lib}`, made atomically.
  static func curate(_ build: RuntimeBuild, cacheRoot: URL) throws(StudentRuntimeError) -> (modules: URL, library: URL)
  {
    let manager = FileManager.default
    let target = cacheRoot.appendingPathComponent("student-runtime-\(build.fingerprint)")
    let modules = target.appendingPathComponent("modules")
    let library = target.appendingPathComponent("lib")
    if manager.fileExists(atPath: library.appendingPathComponent(RuntimeBuild.libraryFile).path) {
      return (modules, library)
    }
    let staging = cacheRoot.appendingPathComponent(".staging-\(UUID().uuidString)")
    do {
      try manager.createDirectory(at: staging.appendingPathComponent("modules"), withIntermediateDirectories: true)
      try manager.createDirectory(at: staging.appendingPathComponent("lib"), withIntermediateDirectories: true)
      // Copies, not links: a sandboxed process sees this folder and nothing of the build.
      try manager.copyItem(
        at: build.library, to: staging.appendingPathComponent("lib").appendingPathComponent(RuntimeBuild.libraryFile))
      for (name, url) in build.modules {
        try manager.copyItem(
          at: url, to: staging.appendingPathComponent("modules").appendingPathComponent("\(name).swiftmodule"))
      }
    } catch {
      try? manager.removeItem(at: staging)
      throw .cacheUnwritable("\(cacheRoot.path): \(error.localizedDescription)")
    }
    if rename(staging.path, target.path) != 0 {
      // Another grader made it first; use theirs.
      try? manager.removeItem(at: staging)
      guard manager.fileExists(atPath: library.appendingPathComponent(RuntimeBuild.libraryFile).path) else {
        throw .cacheUnwritable("could not move the curated folder into \(target.path)")
      }
    }
    return (modules, library)
  }
}
