import Foundation
import Synchronization

/// What identifies the compiler and the student runtime a program was built
/// with, for ``CompiledProgramCache``'s keys: the compiler's resolved path,
/// its `--version` and its file's size, inode and modification time, and
/// the same of each runtime library and module file. Computed once per
/// process and runtime.
enum ToolchainIdentity {
  private static let memo = Mutex<[String: String]>([:])

  /// The identity of `runtime`'s compiler and files.
  static func of(_ runtime: StudentRuntime) -> String {
    let name = [runtime.compiler.path, runtime.libraryDirectory.path, runtime.modulesDirectory.path].joined(
      separator: "\n")
    if let known = memo.withLock({ $0[name] }) { return known }
    var lines = ["compiler " + fileStamp(runtime.compiler.resolvingSymlinksInPath()), version(of: runtime.compiler)]
    for directory in [runtime.libraryDirectory, runtime.modulesDirectory] {
      let files = (FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String]) ?? []
      for file in files.sorted() where !file.hasSuffix(".lock") {
        lines.append(fileStamp(directory.appendingPathComponent(file)))
      }
    }
    let identity = lines.joined(separator: "\n")
    memo.withLock { $0[name] = identity }
    return identity
  }

  /// "path size inode mtime" of a regular file; its path alone otherwise.
  private static func fileStamp(_ url: URL) -> String {
    var info = stat()
    guard stat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return url.path }
    return "\(url.path) \(info.st_size) \(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
  }

  /// The compiler's `--version` output.
  private static func version(of compiler: URL) -> String {
    let process = Process()
    process.executableURL = compiler
    process.arguments = ["--version"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do {
      try process.run()
    } catch {
      return "version unknown"
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
