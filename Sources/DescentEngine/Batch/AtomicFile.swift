import Foundation

/// Writes a file so that readers see either the old content or the whole
/// new content, never a part: the bytes go to a temporary file in the same
/// folder, are flushed to disk, and the temporary file is renamed over the
/// target.
enum AtomicFile {
  /// Writes `data` to `url`, creating the parent folders.
  ///
  /// - Throws: ``BatchError`` naming `url`.
  static func write(_ data: Data, to url: URL) throws(BatchError) {
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).partial")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
        throw BatchError("cannot create \(temporary.path)")
      }
      let handle = try FileHandle(forWritingTo: temporary)
      defer { try? handle.close() }
      try handle.write(contentsOf: data)
      try handle.synchronize()
      guard rename(temporary.path, url.path) == 0 else {
        throw BatchError("cannot move \(temporary.lastPathComponent) to \(url.path): \(String(cString: strerror(errno)))")
      }
    } catch let error as BatchError {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw BatchError("cannot write \(url.path): \(error.localizedDescription)")
    }
  }
}
