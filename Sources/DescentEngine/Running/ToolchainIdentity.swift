import Foundation
import Synchronization

/// What identifies the compiler and the student runtime a program was built
/// with, for ``CompiledProgramCache``'s keys: the resolved path, size, inode
/// and modification time of the compiler driver and of `swift-frontend`
/// beside it, and of each runtime library and module file. Installing
/// another toolchain or rebuilding the runtime changes them. Computed once
/// per process and runtime, from file metadata only (running `swiftc
/// --version` would cost each grading process a quarter of a second).
enum ToolchainIdentity {
  private static let memo = Mutex<[String: String]>([:])

  /// The identity of `runtime`'s compiler and files.
  static func of(_ runtime: StudentRuntime) -> String {
    let name = [runtime.compiler.path, runtime.libraryDirectory.path, runtime.modulesDirectory.path].joined(
      separator: "\n")
    if let known = memo.withLock({ $0[name] }) { return known }
    let driver = runtime.compiler.resolvingSymlinksInPath()
    var lines = [
      "compiler " + fileStamp(driver),
      "frontend " + fileStamp(driver.deletingLastPathComponent().appendingPathComponent("swift-frontend")),
    ]
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
}
